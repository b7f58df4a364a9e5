package org.coplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.coplan.security.AccountService;

/**
 * The login form. One message for any failure, whichever of user name or password was wrong,
 * so that nobody can find out which user names exist. The session id changes at login.
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
        try {
            subject.login(new UsernamePasswordToken(attempted, password == null ? new char[0] : password.toCharArray()));
        } catch (AuthenticationException wrong) {
            accounts.recordLogin(attempted, false);
            password = null;
            Messages.error(null, Messages.text("login.wrong"));
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // A new session id at login: a session id planted before login is worthless after it.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
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
