package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void userNamesAreLowerCaseWithDotsDashesAndUnderscores() {
        assertThat(UserAccount.requireUsername(" sam.practitioner ")).isEqualTo("sam.practitioner");
        assertThat(UserAccount.requireUsername("it.prac-a.1234abcd")).isEqualTo("it.prac-a.1234abcd");
        for (String bad : new String[] {"Sam", "sa", "sam practitioner", "sam@council", ".sam", ""}) {
            assertThatThrownBy(() -> UserAccount.requireUsername(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anAccountNeedsARoleAndStartsEnabled() {
        assertThatThrownBy(() -> new UserAccount("sam.p", "Sam", "hash", EnumSet.noneOf(Role.class), Instant.now()))
                .hasMessageContaining("role");
        UserAccount account = new UserAccount("sam.p", "Sam", "hash", EnumSet.of(Role.PRACTITIONER), Instant.now());
        assertThat(account.enabled()).isTrue();
        account.joinTeam(7L);
        assertThat(account.teamIds()).containsExactly(7L);
        account.disable();
        assertThat(account.enabled()).isFalse();
    }
}
