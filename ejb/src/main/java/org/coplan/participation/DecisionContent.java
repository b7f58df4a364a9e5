package org.coplan.participation;

import java.util.Objects;

/** A validated draft with its rungs resolved: what a version of a decision is made from. */
record DecisionContent(DecisionDraft draft, Rung rung, Rung suggestedRung) {

    DecisionContent {
        Objects.requireNonNull(draft);
        Objects.requireNonNull(rung);
        Objects.requireNonNull(suggestedRung);
    }
}
