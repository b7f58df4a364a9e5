package org.coplan.retention;

/** What a run found or did for one person. */
public enum ItemOutcome {
    WOULD_DELETE,
    WOULD_ANONYMISE,
    /** Due, but a legal hold stands: nothing was done. */
    HELD,
    DELETED,
    ANONYMISED,
    /** Listed as due, but no longer due when its turn came (a new plan, a changed rule). */
    NO_LONGER_DUE,
    /** Nothing was done: the change failed and was rolled back. */
    FAILED
}
