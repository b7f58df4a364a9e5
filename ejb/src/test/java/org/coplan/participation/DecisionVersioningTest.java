package org.coplan.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionVersioningTest {

    private final Rung rung = new Rung();
    private final Instant at = Instant.parse("2026-11-20T10:00:00Z");

    private DecisionContent content(String outcome, LocalDate decidedOn) {
        DecisionDraft draft = new DecisionDraft("Q", List.of("A", "B"), outcome, DecisionDraftTest.AISHA, List.of(),
                List.of(DecisionDraftTest.AISHA), DecisionRule.PERSON_DECIDED, null, null, false, null, null, decidedOn, null);
        return new DecisionContent(draft, rung, rung);
    }

    private Decision decision() {
        return new Decision(DecisionOwner.plan(7), 1, content("A", LocalDate.of(2026, 11, 10)), "sam", at);
    }

    @Test
    void beforeFeedbackAChangeCorrectsTheCurrentVersion() {
        Decision d = decision();
        boolean newVersion = d.revise(content("B", LocalDate.of(2026, 11, 10)), "ravi", at.plusSeconds(60), null);
        assertThat(newVersion).isFalse();
        assertThat(d.versions()).hasSize(1);
        assertThat(d.current().outcome()).isEqualTo("B");
        assertThat(d.current().recordedBy()).isEqualTo("ravi");
    }

    @Test
    void afterFeedbackAChangeNeedsAReasonAndMakesANewVersion() {
        Decision d = decision();
        d.feedBack(LocalDate.of(2026, 11, 12));
        assertThatThrownBy(() -> d.revise(content("B", LocalDate.of(2026, 11, 10)), "sam", at, " "))
                .isInstanceOf(IllegalArgumentException.class);
        boolean newVersion = d.revise(content("B", LocalDate.of(2026, 11, 10)), "ravi", at.plusSeconds(60), "Aisha changed her mind");
        assertThat(newVersion).isTrue();
        assertThat(d.versions()).extracting(DecisionVersion::number).containsExactly(1, 2);
        DecisionVersion first = d.versions().get(0);
        assertThat(first.outcome()).isEqualTo("A");
        assertThat(first.fedBackOn()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(first.recordedBy()).isEqualTo("sam");
        assertThat(d.current().outcome()).isEqualTo("B");
        assertThat(d.current().changeReason()).isEqualTo("Aisha changed her mind");
        assertThat(d.fedBack()).as("the new version must be fed back in turn").isFalse();
    }

    @Test
    void aFedBackVersionIsNeverChangedInPlace() {
        Decision d = decision();
        d.feedBack(LocalDate.of(2026, 11, 12));
        assertThatThrownBy(() -> d.current().correct(content("C", LocalDate.of(2026, 11, 10)), "x", at, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void feedbackComesAfterTheDecisionAndOnlyOncePerVersion() {
        Decision d = decision();
        assertThatThrownBy(() -> d.feedBack(LocalDate.of(2026, 11, 9))).isInstanceOf(IllegalArgumentException.class);
        d.feedBack(LocalDate.of(2026, 11, 10));
        assertThatThrownBy(() -> d.feedBack(LocalDate.of(2026, 11, 11))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDecisionBelongsToExactlyTheOwnerItWasRecordedFor() {
        assertThat(decision().owner()).isEqualTo(DecisionOwner.plan(7));
        Decision forProject = new Decision(DecisionOwner.project(9), 1, content("A", LocalDate.of(2026, 11, 10)), "fran", at);
        assertThat(forProject.owner()).isEqualTo(DecisionOwner.project(9));
    }
}
