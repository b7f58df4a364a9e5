package org.coplan.codesign;

/**
 * Fired inside the transaction of every change to a co-design project (its members, stage,
 * sessions, pledges, hours and payments, results, themes, power map), for counts kept elsewhere
 * to know they must be counted again. Projects do not know who listens.
 */
public record ProjectChanged(long projectId) {
}
