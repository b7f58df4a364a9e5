package org.coplan.security;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the services see them: who they are, their roles and their teams.
 * The access rules that depend only on these facts live here, so they can be tested without
 * a container; rules that need a record's own data live in that record's service.
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, Set<Long> teamIds) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teamIds = Set.copyOf(teamIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Staff who hold a caseload see the people allocated to their own teams, and no one else.
     * An administrator sees no person's record unless they also hold one of these roles.
     */
    public boolean mayViewPeopleOfTeam(long teamId) {
        return (has(Role.PRACTITIONER) || has(Role.MANAGER)) && teamIds.contains(teamId);
    }

    /** The teams whose caseload this user may list: none unless they hold a caseload role. */
    public Set<Long> caseloadTeamIds() {
        return has(Role.PRACTITIONER) || has(Role.MANAGER) ? teamIds : Set.of();
    }

    /** The role that picks the home page: the first in {@link Role}'s order. */
    public Optional<Role> primaryRole() {
        return roles.stream().min(Comparator.naturalOrder());
    }
}
