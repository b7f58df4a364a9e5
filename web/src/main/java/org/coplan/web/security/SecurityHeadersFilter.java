package org.coplan.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers every answer carries, pages, API, files and error pages alike: no
 * framing by other sites, no guessing of content types, no address sent to other sites, and a
 * Content-Security-Policy. Pages and API answers hold personal data, so no browser or proxy may
 * keep them; the shared style sheets, scripts and images may be cached.
 *
 * <p>The policy does not yet restrict scripts: the pages still use Faces' own {@code f:ajax},
 * whose script runs code the policy would refuse. Everything else is locked to CoPlan itself.
 */
public class SecurityHeadersFilter implements Filter {

    /** Everything from CoPlan itself only; never framed; no plugins; forms post back to CoPlan only. */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        if (!isSharedResource((HttpServletRequest) request)) {
            http.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts and images shared by every page: nothing personal in them. */
    static boolean isSharedResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
