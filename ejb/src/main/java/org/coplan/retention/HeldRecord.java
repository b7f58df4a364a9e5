package org.coplan.retention;

import java.util.List;

/**
 * A person's record as the legal-hold control shows it: reference and team, never the name; its
 * holds; and whether the council looks or looked after the person as a child (which keeps the
 * record until their 100th birthday), with the record's version for a stale-edit check.
 */
public record HeldRecord(long personId, String reference, String teamName, List<HoldView> holds, boolean lookedAfter,
                         long personVersion) {

    public boolean held() {
        return holds.stream().anyMatch(HoldView::stands);
    }
}
