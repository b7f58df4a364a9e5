package org.coplan.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class DecisionDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final DecisionParty AISHA = new DecisionParty("Aisha Rahman", Standing.PERSON);
    static final DecisionParty SAM = new DecisionParty("Sam Practitioner", Standing.PRACTITIONER);

    static DecisionDraft draft(DecisionRule rule, List<DecisionParty> deciders) {
        return new DecisionDraft("How will Aisha get to art group?", List.of("Bus", "Taxi"), "Bus", AISHA,
                List.of(SAM), deciders, rule, null, null, false, null, null, TODAY.minusDays(1), null);
    }

    private static List<String> fields(DecisionDraft draft) {
        return draft.problems(TODAY).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(draft(DecisionRule.PERSON_DECIDED, List.of(AISHA)).problems(TODAY)).isEmpty();
    }

    @Test
    void theRuleMustFitWhoDecided() {
        assertThat(fields(draft(DecisionRule.PERSON_DECIDED, List.of(SAM)))).containsExactly("deciders");
        assertThat(fields(draft(DecisionRule.DECIDED_JOINTLY, List.of(AISHA)))).containsExactly("deciders");
        assertThat(fields(draft(DecisionRule.DECIDED_JOINTLY, List.of(AISHA, SAM)))).isEmpty();
        assertThat(fields(draft(DecisionRule.PROFESSIONAL_INFORMED, List.of(AISHA)))).containsExactly("deciders");
    }

    @Test
    void everyProblemIsReportedAtOnceAgainstItsField() {
        DecisionDraft empty = new DecisionDraft(" ", List.of(" "), null, null, null, List.of(), null, null, null,
                true, null, "", TODAY.plusDays(1), null);
        assertThat(fields(empty)).containsExactlyInAnyOrder("question", "outcome", "options", "proposedBy", "deciders",
                "rule", "youSaid", "weDid", "decidedOn");
    }

    @Test
    void feedbackCannotComeBeforeTheDecisionOrInTheFuture() {
        DecisionDraft early = new DecisionDraft("Q", List.of("A"), "A", AISHA, List.of(), List.of(AISHA),
                DecisionRule.PERSON_DECIDED, null, null, false, null, null, TODAY.minusDays(3), TODAY.minusDays(5));
        assertThat(fields(early)).containsExactly("fedBackOn");
        DecisionDraft future = new DecisionDraft("Q", List.of("A"), "A", AISHA, List.of(), List.of(AISHA),
                DecisionRule.PERSON_DECIDED, null, null, false, null, null, TODAY.minusDays(3), TODAY.plusDays(1));
        assertThat(fields(future)).containsExactly("fedBackOn");
    }

    @Test
    void blankOptionsAreDropped() {
        DecisionDraft d = new DecisionDraft("Q", List.of(" Bus ", "", "  "), "A", AISHA, List.of(), List.of(AISHA),
                DecisionRule.PERSON_DECIDED, null, null, false, null, null, TODAY, null);
        assertThat(d.options()).containsExactly("Bus");
    }
}
