package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What any client sees of the server, without signing in or with: security headers on pages, the
 * API and error pages; nothing that names the server or its version; no TRACE; error pages with
 * no stack trace; the administration console only on this machine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(String method, String path, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("sam.practitioner:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNamesNoServer() throws Exception {
        for (var answer : List.of(send("GET", "/login.xhtml", false), send("GET", "/api/me", true),
                send("GET", "/no-such-page.xhtml", false), send("GET", "/api/people/999999999", true))) {
            HttpHeaders h = answer.headers();
            String where = answer.request().uri() + " (" + answer.statusCode() + ")";
            // One policy only: browsers enforce every one they get, so a second would refuse what either refuses.
            assertThat(h.allValues("Content-Security-Policy")).as(where).hasSize(1);
            assertThat(h.firstValue("Content-Security-Policy")).as(where).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                            "form-action 'self'"));
            assertThat(scriptSources(h)).as(where + ": no inline script, no eval")
                    .startsWith("'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:", "http");
            assertThat(h.allValues("X-Content-Type-Options")).as(where).containsExactly("nosniff");
            assertThat(h.allValues("X-Frame-Options")).as(where).containsExactly("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(where).contains("same-origin");
            assertThat(h.firstValue("Cache-Control")).as(where + ": personal data is not kept by browsers")
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(h.firstValue("Server")).as(where).isEmpty();
            assertThat(h.firstValue("X-Powered-By")).as(where).isEmpty();
        }
        // A page's scripts carry its nonce: the policy names it, a fresh one on each page.
        var login = send("GET", "/login.xhtml", false);
        var again = send("GET", "/login.xhtml", false);
        String nonce = nonceOf(login.headers());
        assertThat(nonce).as("the page's policy has a nonce").isNotEmpty().isNotEqualTo(nonceOf(again.headers()));
        assertThat(login.body()).contains("nonce=\"" + nonce + "\"").doesNotContainPattern("<script(?![^>]*nonce=)")
                .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("javascript:");
        // Style sheets shared by every page carry nothing personal: they may be cached.
        var css = send("GET", "/jakarta.faces.resource/css/coplan.css.xhtml", false);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void errorPagesShowNoStackTraceAndTraceIsRefused() throws Exception {
        var page = WebSession.signIn("sam.practitioner", Api.PASSWORD).get("/no-such-page.xhtml");
        var api = send("GET", "/api/people/999999999", true);
        var noSuchAddress = send("GET", "/api/no-such-thing", true);
        assertThat(noSuchAddress.body()).as("an API client is not sent to the login form").isEqualTo(api.body());
        assertThat(noSuchAddress.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        for (var missing : List.of(new Answer(page.status(), page.bodyText()), new Answer(api.statusCode(), api.body()),
                new Answer(noSuchAddress.statusCode(), noSuchAddress.body()))) {
            assertThat(missing.status()).isEqualTo(404);
            // No stack trace (frames, "Caused by", source lines) and no server name or version.
            assertThat(missing.body()).doesNotContainPattern("\\bat [a-z]+\\.[\\w.$]+\\(|Caused by|\\.java:\\d+")
                    .doesNotContain("Payara").doesNotContain("GlassFish").doesNotContain("Jersey");
        }
        // The server's own address leads to CoPlan, not to a page naming the server.
        var root = http.send(HttpRequest.newBuilder(URI.create(Api.BASE).resolve("/")).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.body()).contains("/coplan/").doesNotContain("Payara").doesNotContain("GlassFish");
        var trace = send("TRACE", "/login.xhtml", false);
        assertThat(trace.statusCode()).isIn(403, 405, 501);
        assertThat(trace.body()).doesNotContain("TRACE /coplan");
    }

    @Test
    void theAdministrationConsoleAnswersOnlyOnThisMachine() throws Exception {
        assertThat(connects(InetAddress.getLoopbackAddress(), 4848)).as("on this machine").isTrue();
        Optional<InetAddress> outward = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !isLoopback(i)).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assertThat(outward).as("this machine has an address other machines reach it by").isPresent();
        assertThat(connects(outward.get(), 4848)).as("from other machines, on " + outward.get()).isFalse();
        assertThat(connects(outward.get(), 8080)).as("CoPlan itself does answer on " + outward.get()).isTrue();
    }

    @Test
    void theAdministrationConsoleRefusesRequestsWithoutItsPassword() throws Exception {
        String password = System.getProperty("AS_ADMIN_PASSWORD", "");
        assertThat(password).as("the domain's set-up gave the admin a password").hasSizeGreaterThanOrEqualTo(12);
        String rest = "http://127.0.0.1:4848/management/domain/applications/application";
        assertThat(admin(rest, null).statusCode()).as("no password").isEqualTo(401);
        assertThat(admin(rest, "").statusCode()).as("the empty password a new domain has").isEqualTo(401);
        assertThat(admin(rest, password + "x").statusCode()).as("a wrong password").isEqualTo(401);
        var allowed = admin(rest, password);
        assertThat(allowed.statusCode()).as("the domain's password").isEqualTo(200);
        assertThat(allowed.body()).contains("coplan");
    }

    private HttpResponse<String> admin(String url, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("X-Requested-By", "CoPlan tests").GET();
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10))
                .build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String scriptSources(HttpHeaders h) {
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        return java.util.Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith("script-src "))
                .map(d -> d.substring("script-src ".length())).findFirst().orElse("(no script-src)");
    }

    private static String nonceOf(HttpHeaders h) {
        var m = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(scriptSources(h));
        return m.find() ? m.group(1) : "";
    }

    private record Answer(int status, String body) {
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
