package org.coplan.retention;

/** What a rule's years count from. */
public enum Basis {
    /** From the day the person's last plan closed. */
    PLAN_CLOSED,
    /** From the date of birth: the record is kept until that birthday. */
    BIRTHDAY
}
