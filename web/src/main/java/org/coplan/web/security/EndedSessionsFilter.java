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
import org.coplan.security.EndedSessions;

/**
 * Ends a web session whose user's access was taken away after they signed in (their account
 * disabled, or a portal link of theirs ended): on their very next request they are signed out,
 * the session is thrown away, and they are sent to "your session has ended". Runs before Shiro's
 * filter: Shiro's own checks would otherwise answer first (a disabled user has no role left, so a
 * page for a role answers "not found"), and the session would live on. Who signed in, and when, are
 * kept in the session by the login; throwing the session away signs Shiro's subject out with it.
 */
public class EndedSessionsFilter implements Filter {

    /** The session attribute holding when the user signed in (milliseconds since the epoch), set by the login. */
    public static final String SIGNED_IN_AT = "org.coplan.signedInAt";

    /** The session attribute holding who signed in (their user name), set by the login. */
    public static final String SIGNED_IN_AS = "org.coplan.signedInAs";

    static final String ENDED_PAGE = "/session-ended.xhtml?reason=access";

    @Inject
    EndedSessions ended;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        if (session != null && wasEnded(session)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Ended by another request of the same user at the same moment.
            }
            sendAway(http, (HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean wasEnded(HttpSession session) {
        try {
            return session.getAttribute(SIGNED_IN_AS) instanceof String username
                    && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                    && ended.isEnded(username, Instant.ofEpochMilli(signedInAt));
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
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
