package org.coplan.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The power map's rules, and the results and offers a project records. */
class PowerMapTest {

    private static final long CARER = 7;

    @Test
    void thePeopleMostAffectedWithNoOneInTheProjectAreWarnedOf() {
        PowerMap map = new PowerMap(List.of(
                new PowerMap.Stakeholder("Commissioner", ProjectRole.COMMISSIONER, 5, 1, null),
                new PowerMap.Stakeholder("Carers", ProjectRole.CARER, 2, 5, CARER),
                new PowerMap.Stakeholder("Young people", ProjectRole.PERSON_USING_SERVICES, 1, 5, null),
                new PowerMap.Stakeholder("Parents", ProjectRole.CARER, 2, 4, 99L),
                new PowerMap.Stakeholder("Youth club", ProjectRole.COMMUNITY_ORGANISATION, 2, 3, null)));
        assertThat(map.mostAffectedMissing(Set.of(CARER, 99L))).extracting(PowerMap.Stakeholder::name)
                .containsExactly("Young people");
        // A member who has left no longer speaks for the group.
        assertThat(map.mostAffectedMissing(Set.of(CARER))).extracting(PowerMap.Stakeholder::name)
                .containsExactly("Young people", "Parents");
        assertThat(PowerMap.empty().mostAffectedMissing(Set.of())).isEmpty();
    }

    @Test
    void eachStakeholderNeedsANameAKindAndBothAxesFromOneToFive() {
        PowerMap map = new PowerMap(List.of(
                new PowerMap.Stakeholder(" ", null, 0, 6, 12L),
                new PowerMap.Stakeholder("Carers", ProjectRole.CARER, 3, 5, CARER)));
        assertThat(map.normalised().problems(Set.of(CARER))).extracting(FieldProblem::field).containsExactly(
                "stakeholders[0].name", "stakeholders[0].group", "stakeholders[0].power", "stakeholders[0].impact",
                "stakeholders[0].memberUserId");
    }

    @Test
    void theMapTravelsAsJsonBothWays() {
        PowerMap map = new PowerMap(List.of(new PowerMap.Stakeholder("Carers", ProjectRole.CARER, 3, 5, CARER),
                new PowerMap.Stakeholder("Commissioner", ProjectRole.COMMISSIONER, 5, 1, null)));
        assertThat(PowerMap.read(PowerMap.write(map))).isEqualTo(map);
        assertThat(PowerMap.write(PowerMap.empty())).isNull();
        assertThat(PowerMap.read(null)).isEqualTo(PowerMap.empty());
    }

    @Test
    void aResultSaysWhatChangedAndWhenAndAnOfferSaysHowToGetIt() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(ProjectResult.problems(null, " ", today.plusDays(1), today)).extracting(FieldProblem::field)
                .containsExactly("kind", "whatChanged", "changedOn");
        assertThat(ProjectResult.problems(ResultKind.NEW_GROUP, "A Tuesday group", today, today)).isEmpty();
        assertThat(new OfferDraft("Tuesday break", "", null, "0131", "x".repeat(201)).problems())
                .extracting(FieldProblem::field).containsExactly("whoCanUse", "howToGet", "offerLocality");
    }
}
