package org.coplan.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Someone who can sign in to CoPlan: staff, a family member, a partner or an administrator. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    /** The user's own choice of easy read: shorter sentences, larger text, symbols. */
    @Column(name = "easy_read", nullable = false)
    private boolean easyRead;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    /** The teams this person works in (ids, so that security does not depend on the people package). */
    @ElementCollection
    @CollectionTable(name = "team_membership", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = requireUsername(username);
        this.displayName = requireText(displayName, "display name");
        this.passwordHash = requireText(passwordHash, "password hash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    static String requireUsername(String username) {
        String trimmed = requireText(username, "user name");
        if (!trimmed.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new IllegalArgumentException(
                    "A user name is 3 to 100 lower-case letters, digits, dots, dashes or underscores");
        }
        return trimmed;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A user account needs a " + what);
        }
        return value.trim();
    }

    public void joinTeam(long teamId) {
        teamIds.add(teamId);
    }

    public void chooseEasyRead(boolean on) {
        this.easyRead = on;
    }

    public boolean easyRead() {
        return easyRead;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Long> teamIds() {
        return Collections.unmodifiableSet(teamIds);
    }

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, teamIds);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UserAccount other && username != null && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
