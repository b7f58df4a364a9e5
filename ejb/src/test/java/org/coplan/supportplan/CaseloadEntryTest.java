package org.coplan.supportplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseloadEntryTest {

    private static CaseloadEntry entry(PlanStatus status, LocalDate due) {
        return new CaseloadEntry(1, "R", "A", "B", LocalDate.of(1990, 1, 1), "T", 7L, status, due);
    }

    @Test
    void aReviewIsOverdueOnlyAfterItsDueDateAndNeverForAClosedPlan() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        assertThat(entry(PlanStatus.AGREED, due).reviewOverdueOn(due)).isFalse();
        assertThat(entry(PlanStatus.AGREED, due).reviewOverdueOn(due.plusDays(1))).isTrue();
        assertThat(entry(PlanStatus.CLOSED, due).reviewOverdueOn(due.plusDays(1))).isFalse();
        assertThat(entry(PlanStatus.DRAFT, null).reviewOverdueOn(due.plusDays(1))).isFalse();
    }
}
