package org.coplan.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.coplan.security.EndedSessions;

/**
 * Ends a web session whose user's access was taken away after they signed in (their account
 * disabled, or a portal link of theirs ended): on their very next request they are signed out,
 * the session is thrown away, and they are sent to "your session has ended". Runs after Shiro's
 * filter, which has bound the signed-in subject to the request.
 */
public class EndedSessionsFilter implements Filter {

    /** The session attribute holding when the user signed in (milliseconds since the epoch), set by the login. */
    public static final String SIGNED_IN_AT = "org.coplan.signedInAt";

    static final String ENDED_PAGE = "/session-ended.xhtml?reason=access";

    @Inject
    EndedSessions ended;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        if (session != null && wasEnded(session)) {
            SecurityUtils.getSubject().logout();
            if (http.getSession(false) != null) {
                http.getSession(false).invalidate();
            }
            sendAway(http, (HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean wasEnded(HttpSession session) {
        Subject subject = SecurityUtils.getSubject();
        Object principal = subject.getPrincipal();
        if (principal == null) {
            return false;
        }
        long signedInAt;
        try {
            Object at = session.getAttribute(SIGNED_IN_AT);
            signedInAt = at instanceof Long millis ? millis : session.getCreationTime();
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
        return ended.isEnded(principal.toString(), Instant.ofEpochMilli(signedInAt));
    }

    /** A page request is redirected; a Faces Ajax request is told to redirect, which Faces' script does. */
    private static void sendAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getContextPath() + ENDED_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + to.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(to);
        }
    }
}
