package org.coplan.retention;

import java.util.List;

/** A person's record as the legal-hold control shows it: reference and team, never the name, and its holds. */
public record HeldRecord(long personId, String reference, String teamName, List<HoldView> holds) {

    public boolean held() {
        return holds.stream().anyMatch(HoldView::stands);
    }
}
