package org.coplan.participation;

/** What the ledger needs to know of a rung to suggest one and to measure gaps. */
public record RungInfo(long id, int ordinal, String name, Band band, String defaultDecisionRule, boolean retired) {

    public static RungInfo of(Rung rung) {
        return new RungInfo(rung.id(), rung.ordinal(), rung.name(), rung.band(), rung.defaultDecisionRule(), rung.retired());
    }
}
