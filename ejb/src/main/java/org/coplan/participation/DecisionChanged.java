package org.coplan.participation;

/**
 * Fired inside the transaction of every change to a decision (recorded, corrected, given a new
 * version, fed back, rated), for read models that count decisions to keep in step. The ledger
 * does not know who listens.
 */
public record DecisionChanged(long decisionId) {
}
