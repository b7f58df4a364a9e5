package org.coplan.subjectaccess;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a subject access request must be answered: one calendar month after the day it was
 * received, to the corresponding date (or the month's last day when there is none, so
 * 31 January gives 28 or 29 February), moved to the next working day when that falls on a
 * weekend. Bank holidays are not known here; a manager who needs one counted answers sooner.
 */
public final class Deadline {

    private Deadline() {
    }

    public static LocalDate dueOn(LocalDate receivedOn) {
        LocalDate due = receivedOn.plusMonths(1);
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** Days from today to the due date: 0 on the day itself, negative once late. */
    public static long daysLeft(LocalDate dueOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }
}
