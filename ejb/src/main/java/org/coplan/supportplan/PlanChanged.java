package org.coplan.supportplan;

/**
 * Fired inside the transaction of every change to a plan (its sections, sign-offs, versions,
 * reviews, measures, consents, status), with the team of the person it is for, for counts kept
 * elsewhere to know they must be counted again. Plans do not know who listens.
 */
public record PlanChanged(long planId, long teamId) {
}
