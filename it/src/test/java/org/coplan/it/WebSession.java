package org.coplan.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: it signs in through the login form, as a
 * person does, keeps the session cookie, and fetches pages and download links as raw bytes.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Signs in with the login form; fails when the login page does not let the user through. */
    static WebSession signIn(String user, String password) throws Exception {
        Attempt attempt = attempt(user, password);
        if (!attempt.signedIn()) {
            throw new IllegalStateException(user + " could not sign in");
        }
        return attempt.session();
    }

    /** What the login form answered: the session, whether it let the user in, and the page it showed. */
    record Attempt(WebSession session, boolean signedIn, String page) {
    }

    /** One try at the login form, in a new session, whatever its outcome. */
    static Attempt attempt(String user, String password) throws Exception {
        WebSession session = new WebSession();
        String login = session.get("/login.xhtml").bodyText();
        Matcher state = VIEW_STATE.matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("The login page has no form state");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "Sign in");
        form.put("jakarta.faces.ViewState", state.group(1));
        // PrimeFaces' CSP mode refuses a form posted back without the page's nonce, which its script adds as the page loads.
        Matcher nonce = NONCE.matcher(login);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1).replace("\\x3d", "=").replace("\\x2b", "+").replace("\\x2f", "/"));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> done = session.http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Attempt(session, !done.uri().getPath().endsWith("/login.xhtml"), new String(done.body(), StandardCharsets.UTF_8));
    }

    /** A GET within the session: the status, the content type and the body. */
    Page get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.headers(),
                response.uri());
    }

    /** An answer, with the address it finally came from (after any redirect). */
    record Page(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers, URI uri) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
