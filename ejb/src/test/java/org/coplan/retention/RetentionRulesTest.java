package org.coplan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.coplan.shared.ServiceArea;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    private static final Map<RecordType, RuleTerms> DEFAULTS = Map.of(
            RecordType.ADULT, new RuleTerms(RecordType.ADULT, Basis.PLAN_CLOSED, 6, RetentionAction.ANONYMISE),
            RecordType.CHILD, new RuleTerms(RecordType.CHILD, Basis.BIRTHDAY, 25, RetentionAction.ANONYMISE),
            RecordType.LOOKED_AFTER_CHILD, new RuleTerms(RecordType.LOOKED_AFTER_CHILD, Basis.BIRTHDAY, 100, RetentionAction.DELETE));

    private static CaseFacts adult(LocalDate closed) {
        return new CaseFacts(1, "AD-1", LocalDate.of(1960, 3, 14), ServiceArea.ADULTS, false, closed, 0, false);
    }

    private static CaseFacts child(LocalDate born, LocalDate closed, boolean lookedAfter) {
        return new CaseFacts(2, "CH-1", born, ServiceArea.CHILDREN, lookedAfter, closed, 0, false);
    }

    @Test
    void anAdultsRecordIsDueSixYearsAfterTheLastPlanClosed() {
        CaseFacts facts = adult(LocalDate.of(2018, 10, 3));
        assertThat(RetentionRules.recordTypeOf(facts)).isEqualTo(RecordType.ADULT);
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2024, 10, 2))).isEmpty();
        Due due = RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2024, 10, 3)).orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(due.action()).isEqualTo(RetentionAction.ANONYMISE);
        assertThat(due.wouldBe()).isEqualTo(ItemOutcome.WOULD_ANONYMISE);
        assertThat(due.why()).contains("Adult's record").contains("03/10/2018").contains("6 years");
    }

    @Test
    void aChildsRecordIsKeptUntilTheTwentyFifthBirthday() {
        CaseFacts facts = child(LocalDate.of(2001, 6, 20), LocalDate.of(2019, 6, 1), false);
        assertThat(RetentionRules.recordTypeOf(facts)).isEqualTo(RecordType.CHILD);
        assertThat(RetentionRules.dueOn(facts, DEFAULTS.get(RecordType.CHILD))).contains(LocalDate.of(2026, 6, 20));
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2026, 6, 19))).isEmpty();
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2026, 6, 20))).isPresent();
    }

    @Test
    void someoneUnder18WhenTheirPlanClosedHasAChildsRecordWhateverTheirTeam() {
        CaseFacts facts = new CaseFacts(3, "AD-2", LocalDate.of(2005, 1, 10), ServiceArea.ADULTS, false,
                LocalDate.of(2022, 12, 1), 0, false);
        assertThat(RetentionRules.recordTypeOf(facts)).isEqualTo(RecordType.CHILD);
        CaseFacts grownUp = new CaseFacts(3, "AD-2", LocalDate.of(2005, 1, 10), ServiceArea.ADULTS, false,
                LocalDate.of(2023, 1, 10), 0, false);
        assertThat(RetentionRules.recordTypeOf(grownUp)).isEqualTo(RecordType.ADULT);
    }

    @Test
    void aLookedAfterChildsRecordIsKeptUntilTheHundredthBirthday() {
        CaseFacts facts = child(LocalDate.of(1930, 4, 2), LocalDate.of(1948, 1, 1), true);
        assertThat(RetentionRules.recordTypeOf(facts)).isEqualTo(RecordType.LOOKED_AFTER_CHILD);
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2030, 4, 1))).isEmpty();
        Due due = RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2030, 4, 2)).orElseThrow();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2030, 4, 2));
        assertThat(due.wouldBe()).isEqualTo(ItemOutcome.WOULD_DELETE);
        assertThat(due.why()).contains("100th birthday");
        // The same child, not looked after, was due 75 years earlier.
        assertThat(RetentionRules.dueOn(child(LocalDate.of(1930, 4, 2), LocalDate.of(1948, 1, 1), false), DEFAULTS.get(RecordType.CHILD)))
                .contains(LocalDate.of(1955, 4, 2));
    }

    @Test
    void aLeapDayBirthdayFallsOnTheFirstOfMarchInOtherYears() {
        CaseFacts facts = child(LocalDate.of(2004, 2, 29), LocalDate.of(2020, 5, 5), false);
        assertThat(RetentionRules.dueOn(facts, DEFAULTS.get(RecordType.CHILD))).contains(LocalDate.of(2029, 3, 1));
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2029, 2, 28))).isEmpty();
        assertThat(RetentionRules.assess(facts, DEFAULTS, LocalDate.of(2029, 3, 1))).isPresent();
        // In a leap year it is the day itself.
        assertThat(RetentionRules.anniversary(LocalDate.of(2004, 2, 29), 24)).isEqualTo(LocalDate.of(2028, 2, 29));
        // A plan closed on a leap day: six years on is 1 March.
        assertThat(RetentionRules.dueOn(adult(LocalDate.of(2020, 2, 29)), DEFAULTS.get(RecordType.ADULT)))
                .contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRecordWithNoClosedPlanOrAnOpenPlanIsNeverDue() {
        CaseFacts neverClosed = new CaseFacts(4, "AD-3", LocalDate.of(1930, 1, 1), ServiceArea.ADULTS, false, null, 0, false);
        assertThat(RetentionRules.dueOn(neverClosed, DEFAULTS.get(RecordType.ADULT))).isEmpty();
        assertThat(RetentionRules.assess(neverClosed, DEFAULTS, LocalDate.of(2100, 1, 1))).isEmpty();
        CaseFacts stillOpen = new CaseFacts(4, "AD-3", LocalDate.of(1930, 1, 1), ServiceArea.ADULTS, false,
                LocalDate.of(2000, 1, 1), 1, false);
        assertThat(RetentionRules.assess(stillOpen, DEFAULTS, LocalDate.of(2100, 1, 1))).isEmpty();
    }

    @Test
    void aBirthdayRuleNeverMakesARecordDueBeforeThePlanClosed() {
        CaseFacts late = child(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 7, 1), false);
        assertThat(RetentionRules.dueOn(late, DEFAULTS.get(RecordType.CHILD))).contains(LocalDate.of(2020, 7, 1));
    }

    @Test
    void aHeldRecordIsListedAsHeldAndNeverActedOn() {
        CaseFacts held = new CaseFacts(5, "AD-4", LocalDate.of(1950, 1, 1), ServiceArea.ADULTS, false,
                LocalDate.of(2010, 1, 1), 0, true);
        Due due = RetentionRules.assess(held, DEFAULTS, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(due.held()).isTrue();
        assertThat(due.wouldBe()).isEqualTo(ItemOutcome.HELD);
    }

    @Test
    void ordinalsReadAsWords() {
        assertThat(RetentionRules.ordinal(25)).isEqualTo("25th");
        assertThat(RetentionRules.ordinal(21)).isEqualTo("21st");
        assertThat(RetentionRules.ordinal(11)).isEqualTo("11th");
        assertThat(RetentionRules.ordinal(102)).isEqualTo("102nd");
    }
}
