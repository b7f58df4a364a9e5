package org.coplan.participation;

import java.util.Objects;

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
}
