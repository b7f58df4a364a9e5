package org.coplan.participation;

/**
 * Fired inside the transaction of every change to a ladder or its rungs (a new rung, a new
 * description, a rung moved, retired, reinstated or deleted), for counts kept elsewhere that
 * show rungs by name and order. The ladders do not know who listens.
 */
public record LadderChanged(long ladderId) {
}
