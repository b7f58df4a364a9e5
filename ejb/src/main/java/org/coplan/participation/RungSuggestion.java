package org.coplan.participation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the rung a decision sits on from how it was taken. The recorder may choose another
 * rung, but only with a written reason; the suggestion is kept beside their choice.
 *
 * <p>The rungs whose default decision rule is the decision's rule are the candidates. The
 * suggestion never lands in the non-participation band (coercion, manipulation) when a rung
 * above it fits: placing a decision there is a judgement a person must make and explain. Where
 * several rungs fit, the top one is suggested when someone with lived experience proposed the
 * decision (they started it), and the lowest otherwise. A rule no rung names falls back to
 * the rungs with the rule's decision power.
 */
public final class RungSuggestion {

    private RungSuggestion() {
    }

    public static Optional<RungInfo> suggest(List<RungInfo> ladder, DecisionRule rule, Standing proposer,
                                             Collection<Standing> deciders) {
        List<RungInfo> active = ladder.stream().filter(r -> !r.retired()).toList();
        List<RungInfo> candidates = active.stream().filter(r -> rule.name().equals(r.defaultDecisionRule())).toList();
        if (candidates.isEmpty()) {
            candidates = active.stream()
                    .filter(r -> defaultPower(r).filter(p -> p == rule.power()).isPresent())
                    .toList();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<RungInfo> participating = candidates.stream().filter(r -> r.band() != Band.NON_PARTICIPATION).toList();
        List<RungInfo> pool = participating.isEmpty() ? candidates : participating;
        boolean startedByLivedExperience = proposer != null && proposer.livedExperience();
        Comparator<RungInfo> byOrdinal = Comparator.comparingInt(RungInfo::ordinal);
        return startedByLivedExperience ? pool.stream().max(byOrdinal) : pool.stream().min(byOrdinal);
    }

    private static Optional<DecisionPower> defaultPower(RungInfo rung) {
        try {
            return Optional.of(DecisionRule.valueOf(rung.defaultDecisionRule()).power());
        } catch (IllegalArgumentException | NullPointerException unknownRule) {
            return Optional.empty();
        }
    }
}
