package org.coplan.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;

/** User accounts: what the login needs, and the administrator's changes to accounts. */
@Stateless
public class AccountService {

    /** What the realm needs to check a login: never leaves the security package's callers. */
    public record Credentials(String username, String passwordHash, boolean enabled, Set<Role> roles) {
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    Callers callers;

    @Inject
    Event<SessionsEnded> sessionsEnded;

    /** The stored credentials of a user, or null. Used by the realm, before anyone is signed in. */
    @NotAudited("called by the login itself; the login's outcome is audited by recordLogin")
    public Credentials credentials(String username) {
        return accounts.findByUsername(username)
                .map(a -> new Credentials(a.username(), a.passwordHash(), a.enabled(), a.roles()))
                .orElse(null);
    }

    /** Writes the outcome of a login attempt to the audit trail. */
    @Audited(action = "login", recordType = "UserAccount", purpose = "security")
    public void recordLogin(String attemptedUsername, boolean succeeded) {
        AuditNote.current().actor(attemptedUsername).detail(succeeded ? "signed in" : "sign-in refused");
        if (!succeeded) {
            AuditNote.current().denied();
        }
    }

    /**
     * Writes a sign-in refused, without its password being checked, because too many sign-ins
     * failed for the name or from the address: a sign of password guessing for the security team.
     */
    @Audited(action = "login.throttled", recordType = "UserAccount", purpose = "security")
    public void recordThrottledLogin(String attemptedUsername, String address, ThrottledException.By by) {
        AuditNote.current().actor(attemptedUsername).denied()
                .detail("sign-in refused unchecked: too many failed sign-ins " + (by == ThrottledException.By.ACCOUNT
                        ? "for this account name" : "from address " + address));
    }

    /** The signed-in user: their own account, shown on every page header. */
    @NotAudited("the caller's own name and roles, read on every page; holds no one else's data")
    public CurrentUser me() {
        return callers.current();
    }

    /** Whether the caller chose easy read. */
    @NotAudited("the caller's own display preference; holds no one else's data")
    public boolean easyRead() {
        CurrentUser me = callers.current();
        return accounts.findByUsername(me.username()).map(UserAccount::easyRead).orElse(false);
    }

    /** The caller switches easy read on or off for themselves. */
    @Audited(action = "account.easy-read", recordType = "UserAccount", purpose = "portal")
    public void chooseEasyRead(boolean on) {
        CurrentUser me = callers.current();
        accounts.findByUsername(me.username()).orElseThrow(() -> new RecordNotFoundException("UserAccount", me.username()))
                .chooseEasyRead(on);
        AuditNote.current().detail(on ? "on" : "off");
    }

    /** An administrator creates an account. The password is hashed with argon2id; it is never stored. */
    @Audited(action = "account.create", recordType = "UserAccount", purpose = "administration")
    public long createAccount(String username, String displayName, String password, Set<Role> roles, Set<Long> teamIds) {
        CurrentUser me = callers.current();
        if (!me.has(Role.ADMIN)) {
            throw new RecordNotFoundException("UserAccount", username);
        }
        String cleanName = username == null ? "" : username.trim();
        PasswordPolicy.problem(password, cleanName).ifPresent(problem -> {
            throw new BusinessException("password", problem.message());
        });
        if (accounts.exists(cleanName)) {
            throw new BusinessException("username", "That user name is already taken.");
        }
        UserAccount account;
        try {
            account = new UserAccount(cleanName, displayName, Passwords.hash(password), roles, Instant.now(Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("username", e.getMessage() + ".");
        }
        teamIds.forEach(account::joinTeam);
        accounts.add(account);
        AuditNote.current().record(account.id());
        return account.id();
    }

    /**
     * An administrator disables an account: from the moment this commits, the user cannot sign
     * in, every service refuses them, and their live web sessions end at their next request.
     * An administrator cannot disable their own account (there would be no one left to undo it).
     */
    @Audited(action = "account.disable", recordType = "UserAccount", purpose = "administration")
    public void disableAccount(String username, String reason) {
        UserAccount account = accountForAdmin(username);
        if (account.username().equals(callers.current().username())) {
            throw new BusinessException("username", "You cannot disable your own account. Ask another administrator.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "Say why the account is disabled.");
        }
        account.disable();
        AuditNote.current().record(account.id()).detail(reason.strip());
        sessionsEnded.fire(new SessionsEnded(account.username()));
    }

    /** At most this many accounts are listed at once; a search narrows the list. */
    public static final int LIST_MAX = 200;

    /** For an administrator: the accounts whose user name or display name holds the text, by user name. */
    @Audited(action = "account.list", recordType = "UserAccount", purpose = "administration")
    public List<AccountSummary> accounts(String text) {
        if (!callers.current().has(Role.ADMIN)) {
            throw new RecordNotFoundException("UserAccount", "list");
        }
        AuditNote.current().detail(text == null || text.isBlank() ? "all" : "search");
        return accounts.summaries(text, LIST_MAX);
    }

    /** An administrator lets a disabled account sign in again. */
    @Audited(action = "account.enable", recordType = "UserAccount", purpose = "administration")
    public void enableAccount(String username) {
        UserAccount account = accountForAdmin(username);
        account.enable();
        AuditNote.current().record(account.id());
    }

    /** The account, for an administrator; anyone else is told it is not found. */
    private UserAccount accountForAdmin(String username) {
        CurrentUser me = callers.current();
        String name = username == null ? "" : username.trim();
        if (!me.has(Role.ADMIN)) {
            throw new RecordNotFoundException("UserAccount", name);
        }
        return accounts.findByUsername(name).orElseThrow(() -> new RecordNotFoundException("UserAccount", name));
    }
}
