package org.coplan.participation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The one plan, review, project or session a decision belongs to. */
public record DecisionOwner(OwnerType type, long id) {

    public DecisionOwner {
        Objects.requireNonNull(type);
    }

    public static DecisionOwner plan(long id) {
        return new DecisionOwner(OwnerType.SUPPORT_PLAN, id);
    }

    public static DecisionOwner review(long id) {
        return new DecisionOwner(OwnerType.PLAN_REVIEW, id);
    }

    public static DecisionOwner session(long id) {
        return new DecisionOwner(OwnerType.SESSION, id);
    }

    public static DecisionOwner project(long id) {
        return new DecisionOwner(OwnerType.PROJECT, id);
    }

    /** Owners' ids by kind of owner, in the order given: a kind's ids are read, and checked, together. */
    public static Map<OwnerType, List<Long>> idsByType(List<DecisionOwner> owners) {
        return owners.stream().collect(Collectors.groupingBy(DecisionOwner::type, () -> new EnumMap<>(OwnerType.class),
                Collectors.mapping(DecisionOwner::id, Collectors.toList())));
    }
}
