package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private static CurrentUser user(Set<Role> roles, Long... teams) {
        return new CurrentUser(1, "u", "U", roles, Set.of(teams));
    }

    @Test
    void practitionersAndManagersSeeOnlyThePeopleOfTheirOwnTeams() {
        for (Role role : EnumSet.of(Role.PRACTITIONER, Role.MANAGER)) {
            CurrentUser staff = user(EnumSet.of(role), 10L, 11L);
            assertThat(staff.mayViewPeopleOfTeam(10)).as(role.name()).isTrue();
            assertThat(staff.mayViewPeopleOfTeam(11)).as(role.name()).isTrue();
            assertThat(staff.mayViewPeopleOfTeam(12)).as(role.name()).isFalse();
            assertThat(staff.caseloadTeamIds()).containsExactlyInAnyOrder(10L, 11L);
        }
    }

    @Test
    void noOtherRoleSeesAPersonThroughATeamEvenWhenItIsAMemberOfIt() {
        for (Role role : EnumSet.of(Role.ADMIN, Role.FACILITATOR, Role.FAMILY, Role.PARTNER)) {
            CurrentUser other = user(EnumSet.of(role), 10L);
            assertThat(other.mayViewPeopleOfTeam(10)).as(role.name()).isFalse();
            assertThat(other.caseloadTeamIds()).as(role.name()).isEmpty();
        }
    }

    @Test
    void aPractitionerWithNoTeamSeesNoOne() {
        assertThat(user(EnumSet.of(Role.PRACTITIONER)).mayViewPeopleOfTeam(10)).isFalse();
    }

    @Test
    void theHomePageRoleIsTheFirstInRoleOrder() {
        assertThat(user(EnumSet.of(Role.PARTNER, Role.FAMILY)).primaryRole()).contains(Role.FAMILY);
        assertThat(user(EnumSet.of(Role.ADMIN, Role.MANAGER)).primaryRole()).contains(Role.MANAGER);
        assertThat(user(EnumSet.noneOf(Role.class)).primaryRole()).isEmpty();
    }
}
