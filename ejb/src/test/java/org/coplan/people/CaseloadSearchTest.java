package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseloadSearchTest {

    @Test
    void aDateInUkOrIsoFormIsADateOfBirth() {
        assertThat(CaseloadSearch.of("28/11/2015").dateOfBirth()).isEqualTo(LocalDate.of(2015, 11, 28));
        assertThat(CaseloadSearch.of(" 2015-11-28 ").dateOfBirth()).isEqualTo(LocalDate.of(2015, 11, 28));
        assertThat(CaseloadSearch.of("3/4/2001").dateOfBirth()).isEqualTo(LocalDate.of(2001, 4, 3));
    }

    @Test
    void anythingElseIsTextAndAnImpossibleDateIsText() {
        assertThat(CaseloadSearch.of("Aisha").text()).isEqualTo("Aisha");
        assertThat(CaseloadSearch.of("31/02/2015").dateOfBirth()).isNull();
        assertThat(CaseloadSearch.of("31/02/2015").text()).isEqualTo("31/02/2015");
    }

    @Test
    void blankMeansEveryone() {
        assertThat(CaseloadSearch.of("  ").everyone()).isTrue();
        assertThat(CaseloadSearch.of(null).everyone()).isTrue();
        assertThat(CaseloadSearch.of("x").everyone()).isFalse();
    }

    @Test
    void theUsersOwnWildcardsAreTakenLiterally() {
        assertThat(CaseloadSearch.of("AD_01%").likePattern()).isEqualTo("%ad\\_01\\%%");
        assertThat(CaseloadSearch.of("Mc\\Leod").likePattern()).isEqualTo("%mc\\\\leod%");
    }
}
