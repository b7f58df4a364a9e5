package org.coplan.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void dueOnTheSameDateNextMonth() {
        // Tuesday 3 November 2026 -> Thursday 3 December 2026
        assertThat(Deadline.dueOn(LocalDate.of(2026, 11, 3))).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void withNoSuchDateNextMonthDueOnItsLastDay() {
        // 31 March 2027 -> 30 April 2027, a Friday
        assertThat(Deadline.dueOn(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
        // 31 January 2028 -> 29 February 2028 (leap year), a Tuesday
        assertThat(Deadline.dueOn(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDueDateOnAWeekendMovesToMonday() {
        // 28 November 2026 is a Saturday; 28 December 2026 is a Monday: stays
        assertThat(Deadline.dueOn(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 28));
        // 5 December 2026 -> 5 January 2027, a Tuesday; 9 January 2027 is a Saturday -> Monday 11th
        assertThat(Deadline.dueOn(LocalDate.of(2026, 12, 9))).isEqualTo(LocalDate.of(2027, 1, 11));
        // 10 December 2026 -> Sunday 10 January 2027 -> Monday 11th
        assertThat(Deadline.dueOn(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void daysLeftCountsDownToZeroOnTheDayAndBelowOnceLate() {
        LocalDate due = LocalDate.of(2026, 12, 3);
        assertThat(Deadline.daysLeft(due, LocalDate.of(2026, 11, 29))).isEqualTo(4);
        assertThat(Deadline.daysLeft(due, due)).isZero();
        assertThat(Deadline.daysLeft(due, LocalDate.of(2026, 12, 5))).isEqualTo(-2);
    }
}
