package org.coplan.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.coplan.security.AccountService;
import org.coplan.security.ThrottledException;
import org.coplan.shared.DatabaseTrouble;
import org.coplan.web.api.ErrorJson;
import org.coplan.web.api.ErrorMappers;

/**
 * HTTP Basic for the API, as Shiro does it, with the client's address on every sign-in (so that
 * the login throttle counts it) and one difference: a sign-in refused because of too many failed
 * sign-ins answers 429 Too Many Requests, with Retry-After and the API's usual JSON error body,
 * instead of asking for credentials again; the refusal is written to the audit trail. A sign-in
 * that could not be checked because the database was busy or did not answer gets 503 with
 * Retry-After: the credentials may well be right, so asking for them again would mislead.
 */
public class ApiBasicAuthFilter extends BasicHttpAuthenticationFilter {

    private static final String THROTTLED = ApiBasicAuthFilter.class.getName() + ".throttled";

    private static final String UNAVAILABLE = ApiBasicAuthFilter.class.getName() + ".unavailable";

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The address the request came from, never a name looked up for it. */
    @Override
    protected String getHost(ServletRequest request) {
        return request.getRemoteAddr();
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        DatabaseTrouble.of(e).ifPresent(kind -> request.setAttribute(UNAVAILABLE, kind));
        if (e instanceof ThrottledException throttled) {
            request.setAttribute(THROTTLED, throttled);
            String name = token instanceof UsernamePasswordToken attempt ? attempt.getUsername() : "";
            CDI.current().select(AccountService.class).get().recordThrottledLogin(name == null ? "" : name,
                    request.getRemoteAddr(), throttled.by());
        }
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        if (request.getAttribute(UNAVAILABLE) instanceof DatabaseTrouble.Kind kind) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Retry-After", Integer.toString(DatabaseTrouble.RETRY_AFTER_SECONDS));
            write(http, ErrorMappers.unavailableMessage(kind));
            return false;
        }
        if (!(request.getAttribute(THROTTLED) instanceof ThrottledException throttled)) {
            return super.sendChallenge(request, response);
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(429);
        http.setHeader("Retry-After", Long.toString(throttled.seconds()));
        String message = (throttled.by() == ThrottledException.By.ACCOUNT
                ? "Too many failed sign-ins for this account. Try again in "
                : "Too many failed sign-ins from your network. Try again in ")
                + throttled.seconds() + (throttled.seconds() == 1 ? " second." : " seconds.");
        write(http, message);
        return false;
    }

    /** The API's usual JSON error body. */
    private static void write(HttpServletResponse http, String message) {
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        try {
            http.getOutputStream().write(JSON.toJson(ErrorJson.of(message)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException clientGone) {
            // Nothing to tell a client that has gone.
        }
    }
}
