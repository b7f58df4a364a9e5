package org.coplan.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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
        if (password == null || password.length() < Passwords.MINIMUM_LENGTH) {
            throw new BusinessException("password", "The password needs at least " + Passwords.MINIMUM_LENGTH + " characters.");
        }
        String cleanName = username == null ? "" : username.trim();
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
}
