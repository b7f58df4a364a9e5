package org.coplan.supportplan;

import java.time.LocalDate;

/**
 * When the next review falls: a set number of months after a review (or after a first
 * agreement), shorter for children. The council sets the months; the defaults are 12 and 6.
 */
public record ReviewSchedule(int adultMonths, int childMonths) {

    public static final ReviewSchedule DEFAULT = new ReviewSchedule(12, 6);

    public ReviewSchedule {
        if (adultMonths < 1 || childMonths < 1) {
            throw new IllegalArgumentException("Review intervals are at least one month");
        }
    }

    public LocalDate nextAfter(LocalDate from, boolean child) {
        return from.plusMonths(child ? childMonths : adultMonths);
    }
}
