package org.coplan.participationaudit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each measure of the participation audit, defined once, from the counts the database returns.
 * Pure functions, tested on hand-made data without a container.
 */
public final class Measures {

    /** Decisions are fed back "in time" within this many working days of being taken. */
    public static final int FEEDBACK_WORKING_DAYS = 20;

    private Measures() {
    }

    /** A share: how many of how many. Its value is null when there is nothing to count. */
    public record Share(long count, long of) {

        public Share {
            if (count < 0 || of < 0 || count > of) {
                throw new IllegalArgumentException("A share needs 0 <= count <= of, not " + count + " of " + of);
            }
        }

        public static final Share NONE = new Share(0, 0);

        public Double value() {
            return of == 0 ? null : (double) count / of;
        }

        /** As people read it: "45% (9 of 20)", or "none to count". */
        public String percent() {
            return of == 0 ? "–" : Math.round(100.0 * count / of) + "%";
        }

        public Share plus(Share other) {
            return new Share(count + other.count, of + other.of);
        }
    }

    /** Red, amber or green against a threshold; amber is within the margin below it. */
    public enum Rag {
        GREEN, AMBER, RED, NO_DATA
    }

    public static Rag rag(Share share, double threshold, double amberMargin) {
        Double value = share.value();
        if (value == null) {
            return Rag.NO_DATA;
        }
        // Rounded to the percent people see, so that "90%" never shows red against a 90% threshold.
        double shown = Math.round(value * 1000.0) / 1000.0;
        if (shown >= Math.round(threshold * 1000.0) / 1000.0) {
            return Rag.GREEN;
        }
        return shown >= Math.round((threshold - amberMargin) * 1000.0) / 1000.0 ? Rag.AMBER : Rag.RED;
    }

    /** Working days (Monday to Friday) after {@code from} up to and including {@code to}; 0 when to is not after from. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate d = from.plusDays(weeks * 7);
        while (d.isBefore(to)) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /**
     * Closing the loop, from decisions counted by the day they were taken and the day they were
     * fed back (null when not yet): the share fed back; the share fed back within 20 working
     * days, of those that were fed back or are past 20 working days on {@code today} (a decision
     * taken yesterday is not late yet); and the median working days to feed back.
     */
    public record Feedback(Share fedBack, Share inTime, Double medianWorkingDays) {
    }

    public record DatedCount(LocalDate decidedOn, LocalDate fedBackOn, long count) {
    }

    /**
     * Decisions counted together because they are alike for feedback: taken in the same quarter
     * ("2026 Q1"), fed back after the same number of working days (null: not fed back yet) and,
     * when not fed back, alike in being past the 20 working days or not.
     */
    public record FeedbackCount(String quarter, Integer workingDays, boolean overdue, long count) {
    }

    public static Feedback feedback(Iterable<DatedCount> rows, LocalDate today) {
        List<FeedbackCount> counted = new ArrayList<>();
        for (DatedCount row : rows) {
            counted.add(new FeedbackCount(quarterOf(row.decidedOn()),
                    row.fedBackOn() == null ? null : workingDaysBetween(row.decidedOn(), row.fedBackOn()),
                    row.fedBackOn() == null && workingDaysBetween(row.decidedOn(), today) > FEEDBACK_WORKING_DAYS, row.count()));
        }
        return feedbackOf(counted);
    }

    /** Fed back, fed back in time (of those due: fed back, or past the 20 working days) and the median working days. */
    public static Feedback feedbackOf(Iterable<FeedbackCount> rows) {
        FeedbackTally tally = new FeedbackTally();
        rows.forEach(tally::add);
        return tally.feedback();
    }

    /**
     * Feedback counts added up: decisions, fed back, due (fed back, or past the 20 working days),
     * fed back in time, and how many were fed back after each number of working days. Tallies add
     * together, so a report adds each team's and project's tally instead of going through their
     * rows again. Not shared between threads while being added to.
     */
    public static final class FeedbackTally {
        private long all;
        private long fed;
        private long due;
        private long inTime;
        /** Decisions fed back, by working days taken (the index). */
        private long[] days = new long[0];

        public void add(FeedbackCount row) {
            all += row.count();
            if (row.workingDays() != null) {
                fed += row.count();
                int d = Math.max(0, row.workingDays());
                if (d >= days.length) {
                    days = java.util.Arrays.copyOf(days, d + 1);
                }
                days[d] += row.count();
                due += row.count();
                if (row.workingDays() <= FEEDBACK_WORKING_DAYS) {
                    inTime += row.count();
                }
            } else if (row.overdue()) {
                due += row.count();
            }
        }

        public void add(FeedbackTally other) {
            all += other.all;
            fed += other.fed;
            due += other.due;
            inTime += other.inTime;
            if (other.days.length > days.length) {
                days = java.util.Arrays.copyOf(days, other.days.length);
            }
            for (int d = 0; d < other.days.length; d++) {
                days[d] += other.days[d];
            }
        }

        /** The share fed back in time, of those due. */
        public Share inTime() {
            return new Share(inTime, due);
        }

        public Feedback feedback() {
            Map<Integer, Long> histogram = new TreeMap<>();
            for (int d = 0; d < days.length; d++) {
                if (days[d] > 0) {
                    histogram.put(d, days[d]);
                }
            }
            return new Feedback(new Share(fed, all), inTime(), median(histogram));
        }
    }

    /**
     * The first day a decision could be taken on and not yet be late for feedback today: a
     * decision not fed back is late when it was taken before this day (more than 20 working
     * days ago).
     */
    public static LocalDate overdueBefore(LocalDate today) {
        LocalDate day = today;
        while (workingDaysBetween(day.minusDays(1), today) <= FEEDBACK_WORKING_DAYS) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The median of values given as value → how many times it occurs; null when there are none. */
    public static Double median(Map<Integer, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        TreeMap<Integer, Long> sorted = new TreeMap<>(histogram);
        long lowIndex = (total - 1) / 2;
        long highIndex = total / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowIndex < next) {
                low = e.getKey();
            }
            if (highIndex < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }

    /**
     * The gap between lived-experience and staff-recorded rungs: the mean of (the rating's rung −
     * the staff rung) over ratings, from their sum and count. Negative: people felt less involved
     * than staff recorded. Null without ratings.
     */
    public static Double meanGap(long sumOfDifferences, long ratings) {
        return ratings == 0 ? null : Math.round(10.0 * sumOfDifferences / ratings) / 10.0;
    }

    /** A mean from a sum and a count, to one decimal place; null when there is nothing to count. */
    public static Double mean(long sum, long count) {
        return count == 0 ? null : Math.round(10.0 * sum / count) / 10.0;
    }

    /**
     * Tokenism: a project that has decisions, all of them below the band its target rung sits in
     * (the highest decision's rung is under the lowest rung of the target's band).
     */
    public static boolean allDecisionsBelowTargetBand(long decisions, int highestDecisionOrdinal, int targetBandLowestOrdinal) {
        return decisions > 0 && highestDecisionOrdinal < targetBandLowestOrdinal;
    }

    /**
     * The Lundy model's five checks for a project: space (a session held with someone with lived
     * experience there), voice (a decision proposed by someone with lived experience), audience
     * (someone with the power to act — a manager or commissioner — is a member), influence (a
     * decision where people's input changed the outcome) and feedback (the share of decisions fed
     * back reaches the council's threshold).
     */
    public static ParticipationReport.Lundy lundy(long sessionsWithLivedExperience, long livedExperienceProposals, boolean powerToAct,
                                                  Share inputChanged, Feedback feedback, double fedBackThreshold) {
        Double fed = feedback.fedBack().value();
        return new ParticipationReport.Lundy(sessionsWithLivedExperience > 0, livedExperienceProposals > 0, powerToAct,
                inputChanged.count() > 0, fed != null && fed >= fedBackThreshold);
    }

    /** The quarter a day falls in, as people name it: "2026 Q3" (calendar quarters). */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
