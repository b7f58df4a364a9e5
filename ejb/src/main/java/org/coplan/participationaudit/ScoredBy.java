package org.coplan.participationaudit;

/** Who gave a self-assessment score: the team, or lived-experience partners (recorded by staff in their words). */
public enum ScoredBy {
    TEAM,
    PARTNERS
}
