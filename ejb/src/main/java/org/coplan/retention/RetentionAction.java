package org.coplan.retention;

/** What is done with a record once it is due. */
public enum RetentionAction {
    /** Every row of the case record is removed. */
    DELETE,
    /**
     * Names, free text and the day and month of birth are removed; what the participation audit
     * counts (rungs, how reviews were chaired, sign-offs, counts of items) stays, and what it does
     * not count is removed.
     */
    ANONYMISE
}
