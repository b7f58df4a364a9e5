package org.coplan.retention;

import java.time.LocalDate;

/** A person's record that is due: under which rule, since when, why, what is to be done, and whether a hold stops it. */
public record Due(long personId, String reference, RecordType recordType, LocalDate dueOn, String why, RetentionAction action,
                  boolean held) {

    /** What a dry run reports for it. */
    public ItemOutcome wouldBe() {
        if (held) {
            return ItemOutcome.HELD;
        }
        return action == RetentionAction.DELETE ? ItemOutcome.WOULD_DELETE : ItemOutcome.WOULD_ANONYMISE;
    }
}
