package org.coplan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.coplan.shared.NotSignedInException;

/**
 * Finds the signed-in user for the current call. The web layer's Shiro filter binds the
 * subject to the request thread; a local EJB call runs on that thread and sees it.
 * The user is read from the database on each call so that a disabled account or a changed
 * team takes effect at once.
 */
@ApplicationScoped
public class Callers {

    @Inject
    UserAccountRepository accounts;

    /** The signed-in user; throws {@link NotSignedInException} when there is none. */
    public CurrentUser current() {
        return currentUsername()
                .flatMap(accounts::findByUsername)
                .filter(UserAccount::enabled)
                .map(UserAccount::asCurrentUser)
                .orElseThrow(NotSignedInException::new);
    }

    /** The name of the signed-in user, if any, without touching the database. */
    public static Optional<String> currentUsername() {
        try {
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.getPrincipal();
            return principal == null ? Optional.empty() : Optional.of(principal.toString());
        } catch (UnavailableSecurityManagerException noShiroOnThisThread) {
            return Optional.empty();
        }
    }
}
