package org.coplan.security;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks user names and passwords against the user accounts in the database. The principal
 * is the user name. An unknown or disabled user is checked against a dummy hash, so that a
 * wrong user name takes as long as a wrong password and the two cannot be told apart.
 *
 * <p>Every sign-in, by the login form or the API's HTTP Basic, comes through here, so the
 * {@link LoginThrottle} is asked first: while the name or the client address (the token's host)
 * is throttled, the sign-in is refused with a {@link ThrottledException} before any password is
 * checked. Each wrong password then counts against both, and a right one clears the name's count.
 * Shiro makes one realm for the web application, so the realm owns the throttle's counts.
 */
public class CoPlanRealm extends AuthorizingRealm {

    public static final String NAME = "coplan";

    /** A hash of a random password nobody knows, checked when the user name does not exist. */
    private static final String DUMMY_HASH = Passwords.hash("no-such-user-" + System.nanoTime());

    private final LoginThrottle throttle;

    public CoPlanRealm() {
        this(new LoginThrottle(LoginThrottle.Limits.from(ConfigProvider.getConfig()), Clock.systemUTC()));
    }

    CoPlanRealm(LoginThrottle throttle) {
        this.throttle = throttle;
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(Passwords.service());
        setCredentialsMatcher(matcher);
        setName(NAME);
        // Roles are read fresh from the database on every check: no stale grants after a change.
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken attempt = (UsernamePasswordToken) token;
        String username = attempt.getUsername();
        throttle.check(username, attempt.getHost());
        AccountService.Credentials credentials = accounts().credentials(username == null ? "" : username.trim());
        String hash = credentials != null && credentials.enabled() ? credentials.passwordHash() : DUMMY_HASH;
        // The principal is the stored user name; an unknown user can never match the dummy hash.
        return new SimpleAuthenticationInfo(credentials == null ? "" : credentials.username(), hash, getName());
    }

    /** Counts a wrong password against the name and the address; a right one clears the name's count. */
    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        UsernamePasswordToken attempt = (UsernamePasswordToken) token;
        try {
            super.assertCredentialsMatch(token, info);
        } catch (AuthenticationException wrong) {
            throttle.failed(attempt.getUsername(), attempt.getHost());
            throw wrong;
        }
        throttle.succeeded(attempt.getUsername());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) principals.getPrimaryPrincipal();
        AccountService.Credentials credentials = accounts().credentials(username);
        Set<String> roles = credentials == null || !credentials.enabled()
                ? Set.of()
                : credentials.roles().stream().map(Role::code).collect(Collectors.toSet());
        return new SimpleAuthorizationInfo(roles);
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
