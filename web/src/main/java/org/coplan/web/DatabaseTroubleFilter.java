package org.coplan.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coplan.shared.DatabaseTrouble;
import org.coplan.web.api.ErrorJson;
import org.coplan.web.api.ErrorMappers;

/**
 * When a request fails because the database could not be reached or every connection was in
 * use, the user is told so plainly and quickly, with 503 Service Unavailable and Retry-After,
 * instead of the general "something went wrong" page: a page request gets the page
 * /unavailable.xhtml (busy, or the database did not answer), an API call the API's JSON error
 * body. Runs outside Shiro's filter, so a sign-in or a role check that could not reach the
 * database is answered the same way. Any other failure passes on unchanged; so does one that
 * arrives after the answer has begun (it can no longer be replaced).
 */
public class DatabaseTroubleFilter implements Filter {

    /** The request attribute that tells /unavailable.xhtml which kind of trouble it was. */
    public static final String KIND = "org.coplan.databaseTrouble";

    private static final Logger LOG = Logger.getLogger(DatabaseTroubleFilter.class.getName());

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Optional<DatabaseTrouble.Kind> kind = DatabaseTrouble.of(failure);
            if (kind.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            HttpServletRequest http = (HttpServletRequest) request;
            // One line, not a stack trace: the pool and the driver have already said what failed.
            LOG.log(Level.WARNING, "{0} {1} answered 503: database {2}", new Object[] {http.getMethod(),
                    http.getRequestURI(), kind.get() == DatabaseTrouble.Kind.BUSY ? "busy" : "not answering"});
            answer(http, (HttpServletResponse) response, kind.get());
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, DatabaseTrouble.Kind kind)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseTrouble.RETRY_AFTER_SECONDS));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(JSON.toJson(ErrorJson.of(ErrorMappers.unavailableMessage(kind)))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        // As an error page (web.xml maps 503 to /unavailable.xhtml), so that Faces does not take a
        // failed form post for a post of that page.
        request.setAttribute(KIND, kind.name());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
