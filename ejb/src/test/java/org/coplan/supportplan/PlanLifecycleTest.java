package org.coplan.supportplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.participation.Ladder;
import org.coplan.people.Person;
import org.coplan.people.Team;
import org.coplan.shared.BusinessException;
import org.coplan.shared.ServiceArea;
import org.coplan.shared.StaleEditException;
import org.junit.jupiter.api.Test;

class PlanLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final SupportPlan plan = new SupportPlan(
            new Person("AD-1", "Ann", "Adult", LocalDate.of(1980, 5, 17), new Team("Leith", ServiceArea.ADULTS, "Leith")),
            new Ladder("TEST", "Test ladder", "for tests", "tests", org.coplan.participation.Audience.ADULTS), NOW);

    @Test
    void aDraftIsAgreedOnlyWithEverySignOffTheRuleNeeds() {
        PlanVersion v1 = plan.firstDraft("Sam", NOW);
        assertThatThrownBy(() -> plan.agree(v1, null, Set.of(SignOffRule.Needed.PERSON_OR_REPRESENTATIVE), TODAY, TODAY.plusMonths(12), "sam", NOW))
                .isInstanceOf(BusinessException.class)
                .hasMessage("The draft cannot be agreed yet: it still needs the sign-off of the person or their representative.");
        plan.agree(v1, null, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        assertThat(v1.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(v1.agreedOn()).isEqualTo(TODAY);
        assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.nextReviewDue()).isEqualTo(TODAY.plusMonths(12));
    }

    @Test
    void anAgreedVersionIsReadOnly() {
        PlanVersion v1 = plan.firstDraft("Sam", NOW);
        plan.agree(v1, null, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        assertThatThrownBy(() -> v1.checkEditable(v1.revision()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("agreed and can no longer be changed");
    }

    @Test
    void aReviewStartsANewDraftFromTheAgreedVersionWhichIsSupersededWhenTheDraftIsAgreed() {
        PlanVersion v1 = plan.firstDraft("Sam", NOW);
        plan.agree(v1, null, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        PlanVersion v2 = plan.startNewDraft(v1, "Sam", NOW);
        assertThat(v1.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
        assertThat(plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.basedOnNo()).isEqualTo(1);
        assertThat(plan.currentVersionNo()).isEqualTo(2);
        assertThatThrownBy(() -> plan.startNewDraft(v1, "Sam", NOW)).isInstanceOf(BusinessException.class);
        plan.agree(v2, v1, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        assertThat(v1.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(v2.status()).isEqualTo(PlanStatus.AGREED);
    }

    @Test
    void onlyTheCurrentDraftCanBeAgreed() {
        PlanVersion v1 = plan.firstDraft("Sam", NOW);
        plan.agree(v1, null, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        assertThatThrownBy(() -> plan.agree(v1, null, Set.of(), TODAY, TODAY, "sam", NOW))
                .isInstanceOf(BusinessException.class).hasMessage("Only the current draft can be agreed.");
    }

    @Test
    void aSaveAgainstAnOlderRevisionNamesWhoSavedInBetween() {
        PlanVersion v1 = plan.firstDraft("Sam Practitioner", NOW);
        v1.saved("Ravi Practitioner", Instant.parse("2026-11-28T10:42:00Z"));
        assertThatThrownBy(() -> v1.checkEditable(v1.revision() - 1))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Ravi Practitioner, at 10:42 on 28 November 2026");
    }

    @Test
    void closingAPlanClosesItsOpenVersionsAndNeedsAReason() {
        PlanVersion v1 = plan.firstDraft("Sam", NOW);
        plan.agree(v1, null, Set.of(), TODAY, TODAY.plusMonths(12), "sam", NOW);
        PlanVersion v2 = plan.startNewDraft(v1, "Sam", NOW);
        assertThatThrownBy(() -> plan.close(List.of(v1, v2), " ", NOW)).isInstanceOf(BusinessException.class);
        plan.close(List.of(v1, v2), "Moved to another council", NOW);
        assertThat(List.of(v1.status(), v2.status(), plan.status())).containsOnly(PlanStatus.CLOSED);
        assertThat(plan.nextReviewDue()).isNull();
        assertThatThrownBy(plan::checkOpen).isInstanceOf(BusinessException.class).hasMessageContaining("closed");
    }

    @Test
    void aPersonGetsANewPlanOnlyOnceTheOldOneIsClosed() {
        assertThatThrownBy(plan::replacedByNewPlan).isInstanceOf(BusinessException.class);
        plan.close(List.of(plan.firstDraft("Sam", NOW)), "Support ended", NOW);
        plan.replacedByNewPlan();
        assertThat(plan.isCurrent()).isFalse();
    }
}
