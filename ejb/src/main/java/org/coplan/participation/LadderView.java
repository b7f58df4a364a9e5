package org.coplan.participation;

import java.util.List;

/** A ladder with its rungs, as screens and the API show it. */
public record LadderView(long id, String code, String name, String description, String source, String audience,
                         List<RungView> rungs) {

    public record RungView(long id, int ordinal, String code, String name, String description, String band,
                           String decisionPower, String defaultDecisionRule, boolean retired) {
    }

    static LadderView of(Ladder ladder) {
        return new LadderView(ladder.id(), ladder.code(), ladder.name(), ladder.description(), ladder.source(),
                ladder.audience(), ladder.rungs().stream()
                .map(r -> new RungView(r.id(), r.ordinal(), r.code(), r.name(), r.description(), r.band().name(),
                        r.decisionPower().name(), r.defaultDecisionRule(), r.retired()))
                .toList());
    }
}
