package org.coplan.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers every answer carries, pages, API, files and error pages alike: no
 * framing by other sites, no guessing of content types, no address sent to other sites, and a
 * Content-Security-Policy. Pages and API answers hold personal data, so no browser or proxy may
 * keep them; the shared style sheets, scripts and images may be cached.
 *
 * <p>Scripts run only from CoPlan's own files, or inline when they carry the page's nonce. The
 * nonce is PrimeFaces' (its CSP mode, {@code primefaces.CSP} in web.xml): it adds it to every
 * script it writes, moves inline event handlers into one such script, and sends the policy
 * {@code primefaces.CSP_POLICY} with the nonce added to its {@code script-src}. Browsers
 * enforce every CSP header they get, so two headers would refuse what either refuses; this
 * filter therefore sends the same policy without a nonce, and lets the page's own header,
 * when PrimeFaces sends one, take its place rather than stand beside it.
 */
public class SecurityHeadersFilter implements Filter {

    static final String CSP = "Content-Security-Policy";

    /** The context parameter PrimeFaces takes its policy from; its {@code script-src} comes last. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    /**
     * Everything from CoPlan itself only; never framed; no plugins; forms post back to CoPlan only;
     * no inline script and no eval. Inline styles stay allowed: PrimeFaces' components write
     * {@code style} attributes (positions of menus, panels and overlays).
     */
    static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; script-src 'self'";

    private String policy = POLICY;

    @Override
    public void init(FilterConfig config) {
        String configured = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        if (configured != null && !configured.isBlank()) {
            policy = configured.trim().replaceAll("\\s+", " ");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader(CSP, policy);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        if (!isSharedResource((HttpServletRequest) request)) {
            http.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(http));
    }

    /** Style sheets, scripts and images shared by every page: nothing personal in them. */
    static boolean isSharedResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** A response on which a page's own Content-Security-Policy replaces this filter's instead of adding a second. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
