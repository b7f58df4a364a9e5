package org.coplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.coplan.security.AccountService;
import org.coplan.security.ThrottledException;
import org.coplan.shared.DatabaseTrouble;
import org.coplan.web.security.EndedSessionsFilter;

/**
 * The login form. One message for any failure, whichever of user name or password was wrong,
 * so that nobody can find out which user names exist. The session id changes at login.
 * After too many failed sign-ins for a name or from an address, sign-ins are refused for a
 * while without the password being checked; the page says how long, and keeps the user name.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    AccountService accounts;

    private String username;
    private String password;

    public String login() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        String attempted = username == null ? "" : username.trim();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        try {
            subject.login(new UsernamePasswordToken(attempted, password == null ? new char[0] : password.toCharArray(), false,
                    address));
        } catch (ThrottledException throttled) {
            accounts.recordThrottledLogin(attempted, address, throttled.by());
            password = null;
            String key = throttled.by() == ThrottledException.By.ACCOUNT ? "login.throttled.account" : "login.throttled.address";
            Messages.error(null, MessageFormat.format(Messages.text(key), throttled.minutes()));
            return null;
        } catch (AuthenticationException wrong) {
            if (DatabaseTrouble.of(wrong).isPresent()) {
                // The password could not be checked at all: saying it was wrong would mislead, and
                // recording the failed sign-in needs the same database.
                password = null;
                Messages.error(null, Messages.text("login.unavailable"));
                return null;
            }
            accounts.recordLogin(attempted, false);
            password = null;
            Messages.error(null, Messages.text("login.wrong"));
            return null;
        }
        // A new session id at login: a session id planted before login is worthless after it.
        request.changeSessionId();
        // When this sign-in began, so that access taken away later ends this session (EndedSessionsFilter).
        request.getSession().setAttribute(EndedSessionsFilter.SIGNED_IN_AT, Clock.systemUTC().millis());
        request.getSession().setAttribute(EndedSessionsFilter.SIGNED_IN_AS, String.valueOf(subject.getPrincipal()));
        accounts.recordLogin(attempted, true);
        external.redirect(external.getRequestContextPath() + HomePages.of(accounts.me()));
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
