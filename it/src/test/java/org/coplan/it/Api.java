package org.coplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Calls the deployed REST API as one of the demo council's users, and reads the JSON it answers. */
final class Api {

    static final String PASSWORD = "demo-council-2026";
    static final String BASE = System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String password;

    /** As the demo council's users. */
    Api() {
        this(PASSWORD);
    }

    /** As users whose password is the one given (a test's own users). */
    Api(String password) {
        this.password = password;
    }

    /** One request; headers are given as name, value pairs. */
    HttpResponse<String> send(String method, String path, String user, String body, String... headers) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of a person on the user's caseload, by case reference. */
    long personId(String user, String reference) throws Exception {
        return array(send("GET", "/api/people?size=200", user, null).body()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The id of the first plan of a person on the user's caseload. */
    long planOf(String user, String reference) throws Exception {
        return array(send("GET", "/api/people/" + personId(user, reference) + "/plans", user, null).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    static List<String> fields(HttpResponse<String> response) {
        return object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
