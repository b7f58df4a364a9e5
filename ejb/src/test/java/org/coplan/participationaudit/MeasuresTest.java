package org.coplan.participationaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.participationaudit.Measures.DatedCount;
import org.coplan.participationaudit.Measures.Rag;
import org.coplan.participationaudit.Measures.Share;
import org.junit.jupiter.api.Test;

/** Each measure of the participation audit on hand-made counts. */
class MeasuresTest {

    // Monday 2 November 2026.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void aShareIsNothingWithNothingToCountAndRefusesMoreThanItsWhole() {
        assertThat(Share.NONE.value()).isNull();
        assertThat(Share.NONE.percent()).isEqualTo("–");
        assertThat(new Share(9, 20).value()).isEqualTo(0.45);
        assertThat(new Share(9, 20).percent()).isEqualTo("45%");
        assertThat(new Share(1, 3).plus(new Share(2, 3))).isEqualTo(new Share(3, 6));
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysSkipWeekends() {
        assertThat(Measures.workingDaysBetween(MONDAY, MONDAY)).isZero();
        assertThat(Measures.workingDaysBetween(MONDAY, MONDAY.plusDays(4))).isEqualTo(4); // to Friday
        assertThat(Measures.workingDaysBetween(MONDAY, MONDAY.plusDays(6))).isEqualTo(4); // to Sunday
        assertThat(Measures.workingDaysBetween(MONDAY, MONDAY.plusDays(7))).isEqualTo(5); // to next Monday
        assertThat(Measures.workingDaysBetween(MONDAY.plusDays(4), MONDAY.plusDays(7))).isEqualTo(1); // Friday to Monday
        assertThat(Measures.workingDaysBetween(MONDAY, MONDAY.plusDays(28))).isEqualTo(20);
        assertThat(Measures.workingDaysBetween(MONDAY.plusDays(3), MONDAY)).isZero();
    }

    @Test
    void feedbackCountsInTimeOnlyWhatIsDueAndTakesTheMedianInWorkingDays() {
        LocalDate today = MONDAY.plusDays(60);
        var rows = List.of(
                new DatedCount(MONDAY, MONDAY.plusDays(7), 3),          // 5 working days: in time
                new DatedCount(MONDAY, MONDAY.plusDays(35), 1),         // 25 working days: late
                new DatedCount(MONDAY, null, 2),                        // never fed back, long past due: late
                new DatedCount(today.minusDays(1), null, 4));           // taken yesterday: not due yet
        var feedback = Measures.feedback(rows, today);
        assertThat(feedback.fedBack()).isEqualTo(new Share(4, 10));
        assertThat(feedback.inTime()).isEqualTo(new Share(3, 6));
        assertThat(feedback.medianWorkingDays()).isEqualTo(5.0);
        assertThat(Measures.feedback(List.of(), today).inTime()).isEqualTo(Share.NONE);
        assertThat(Measures.feedback(List.of(), today).medianWorkingDays()).isNull();
    }

    @Test
    void aDecisionNotFedBackIsLateWhenTakenBeforeTheDayTwentyWorkingDaysBack() {
        for (LocalDate today = MONDAY; today.isBefore(MONDAY.plusDays(14)); today = today.plusDays(1)) {
            LocalDate firstNotLate = Measures.overdueBefore(today);
            assertThat(Measures.workingDaysBetween(firstNotLate, today)).as("taken on %s, seen on %s", firstNotLate, today)
                    .isLessThanOrEqualTo(20);
            assertThat(Measures.workingDaysBetween(firstNotLate.minusDays(1), today)).isGreaterThan(20);
        }
    }

    @Test
    void feedbackCountedByTheDatabaseGivesWhatTheDatesGive() {
        LocalDate today = MONDAY.plusDays(60);
        var byDates = Measures.feedback(List.of(new DatedCount(MONDAY, MONDAY.plusDays(7), 3), new DatedCount(MONDAY, null, 2),
                new DatedCount(today.minusDays(1), null, 4)), today);
        var counted = Measures.feedbackOf(List.of(new Measures.FeedbackCount("2026 Q4", 5, false, 3),
                new Measures.FeedbackCount("2026 Q4", null, true, 2), new Measures.FeedbackCount("2027 Q1", null, false, 4)));
        assertThat(counted).isEqualTo(byDates);
    }

    @Test
    void theMedianComesFromAHistogram() {
        assertThat(Measures.median(Map.of())).isNull();
        assertThat(Measures.median(Map.of(7, 1L))).isEqualTo(7.0);
        assertThat(Measures.median(Map.of(1, 1L, 3, 1L))).isEqualTo(2.0);
        assertThat(Measures.median(Map.of(1, 5L, 10, 1L))).isEqualTo(1.0);
        assertThat(Measures.median(Map.of(2, 2L, 4, 2L))).isEqualTo(3.0);
    }

    @Test
    void theGapIsTheMeanOfRatingMinusStaffRung() {
        assertThat(Measures.meanGap(0, 0)).isNull();
        assertThat(Measures.meanGap(-6, 4)).isEqualTo(-1.5);
        assertThat(Measures.meanGap(2, 3)).isEqualTo(0.7);
    }

    @Test
    void aMeanIsNothingWithoutCountsAndKeepsOneDecimalPlace() {
        assertThat(Measures.mean(0, 0)).isNull();
        assertThat(Measures.mean(7, 2)).isEqualTo(3.5);
        assertThat(Measures.mean(10, 3)).isEqualTo(3.3);
    }

    @Test
    void aScoreIsFromOneToFiveAndSaysWhoGaveIt() {
        assertThat(new PrincipleScoreDraft(Principle.ASSETS, ScoredBy.TEAM, 3, "Team meeting", null).problems()).isEmpty();
        assertThat(new PrincipleScoreDraft(Principle.ASSETS, ScoredBy.TEAM, 6, "Team meeting", null).problems())
                .extracting(p -> p.field()).containsExactly("score-ASSETS-TEAM");
        assertThat(new PrincipleScoreDraft(Principle.RECIPROCITY, ScoredBy.PARTNERS, 0, " ", null).problems())
                .extracting(p -> p.field()).containsExactly("score-RECIPROCITY-PARTNERS", "who-PARTNERS");
        assertThat(new PrincipleScoreDraft(null, ScoredBy.TEAM, 3, "x", null).problems()).extracting(p -> p.field())
                .containsExactly("score");
    }

    @Test
    void ragIsGreenAtTheThresholdAmberWithinTheMarginAndRedBelow() {
        assertThat(Measures.rag(new Share(9, 10), 0.90, 0.10)).isEqualTo(Rag.GREEN);
        assertThat(Measures.rag(new Share(8, 10), 0.90, 0.10)).isEqualTo(Rag.AMBER);
        assertThat(Measures.rag(new Share(79, 100), 0.90, 0.10)).isEqualTo(Rag.RED);
        assertThat(Measures.rag(new Share(19, 20), 0.95, 0.10)).isEqualTo(Rag.GREEN);
        assertThat(Measures.rag(Share.NONE, 0.90, 0.10)).isEqualTo(Rag.NO_DATA);
    }

    @Test
    void aProjectIsFlaggedWhenAllItsDecisionsSitBelowTheBandOfItsTarget() {
        assertThat(Measures.allDecisionsBelowTargetBand(5, 3, 5)).isTrue();
        assertThat(Measures.allDecisionsBelowTargetBand(5, 5, 5)).isFalse();
        assertThat(Measures.allDecisionsBelowTargetBand(0, 0, 5)).as("no decisions yet").isFalse();
    }

    @Test
    void lundyChecksEachOfItsFiveElements() {
        var fed = Measures.feedback(List.of(new DatedCount(MONDAY, MONDAY.plusDays(1), 9), new DatedCount(MONDAY, null, 1)),
                MONDAY.plusDays(2));
        var all = Measures.lundy(1, 1, true, new Share(1, 10), fed, 0.90);
        assertThat(all).isEqualTo(new ParticipationReport.Lundy(true, true, true, true, true));
        var none = Measures.lundy(0, 0, false, new Share(0, 10), Measures.feedback(List.of(new DatedCount(MONDAY, null, 1)),
                MONDAY.plusDays(2)), 0.90);
        assertThat(none).isEqualTo(new ParticipationReport.Lundy(false, false, false, false, false));
    }

    @Test
    void quartersAreCalendarQuarters() {
        assertThat(Measures.quarterOf(LocalDate.of(2026, 11, 29))).isEqualTo("2026 Q4");
        assertThat(Measures.quarterStart(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Measures.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo("2026 Q1");
        assertThat(AuditFilter.lastFourQuarters(LocalDate.of(2026, 11, 29)).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void feedbackTalliesAddUpToTheFeedbackOfAllTheirRows() {
        var first = List.of(new Measures.FeedbackCount("2026 Q1", 3, false, 2), new Measures.FeedbackCount("2026 Q1", null, true, 1),
                new Measures.FeedbackCount("2026 Q2", 25, false, 1));
        var second = List.of(new Measures.FeedbackCount("2026 Q2", 10, false, 3), new Measures.FeedbackCount("2026 Q2", null, false, 4));
        var tally = new Measures.FeedbackTally();
        first.forEach(tally::add);
        var other = new Measures.FeedbackTally();
        second.forEach(other::add);
        tally.add(other);
        var all = new java.util.ArrayList<>(first);
        all.addAll(second);
        // 11 decisions, 6 fed back (after 3, 3, 25, 10, 10, 10 working days), 7 due, 5 of them in time.
        assertThat(tally.feedback()).isEqualTo(Measures.feedbackOf(all))
                .isEqualTo(new Measures.Feedback(new Share(6, 11), new Share(5, 7), 10.0));
        assertThat(other.inTime()).isEqualTo(new Share(3, 3));
    }
}
