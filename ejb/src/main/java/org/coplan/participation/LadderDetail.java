package org.coplan.participation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One ladder as the administrator edits it: its rungs from the bottom up, whether each is in use,
 * what may be done to each, and the version the administrator saw (sent back with every change).
 */
public record LadderDetail(long id, String code, String name, String description, String source, String audience,
                           long version, List<RungDetail> rungs, List<DecisionRuleChoice> decisionRules)
        implements Serializable {

    /** A rung with what the screen shows and which of the changes to its place are allowed. */
    public record RungDetail(long id, int ordinal, String code, String name, String description, Band band,
                             DecisionPower decisionPower, String defaultDecisionRule, String defaultDecisionRuleName,
                             boolean retired, boolean inUse, boolean mayMoveUp, boolean mayMoveDown,
                             boolean mayDelete) implements Serializable {
    }

    static LadderDetail of(Ladder ladder, Set<Long> rungIdsInUse, List<DecisionRuleChoice> rules) {
        Predicate<Rung> inUse = r -> rungIdsInUse.contains(r.id());
        Map<String, String> ruleNames = rules.stream()
                .collect(Collectors.toMap(DecisionRuleChoice::code, DecisionRuleChoice::name, (a, b) -> a));
        Function<Rung, RungDetail> detail = r -> new RungDetail(r.id(), r.ordinal(), r.code(), r.name(),
                r.description(), r.band(), r.decisionPower(), r.defaultDecisionRule(),
                ruleNames.getOrDefault(r.defaultDecisionRule(), r.defaultDecisionRule()), r.retired(),
                inUse.test(r), ladder.mayMoveUp(r, inUse), ladder.mayMoveDown(r, inUse), ladder.mayDelete(r, inUse));
        return new LadderDetail(ladder.id(), ladder.code(), ladder.name(), ladder.description(), ladder.source(),
                ladder.audience(), ladder.version(),
                ladder.rungs().stream().sorted(Comparator.comparingInt(Rung::ordinal)).map(detail).toList(),
                List.copyOf(rules));
    }
}
