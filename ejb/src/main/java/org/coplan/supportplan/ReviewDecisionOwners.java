package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coplan.participation.DecisionOwners;
import org.coplan.participation.OwnerType;
import org.coplan.security.CurrentUser;

/**
 * Reviews' answer to the decision ledger: decisions taken at a review sit on the plan's ladder,
 * and whoever may see the plan may record them, as for the plan's own decisions.
 */
@ApplicationScoped
public class ReviewDecisionOwners implements DecisionOwners {

    @Inject
    SupportPlanRepository plans;

    @Inject
    PortalDecisionAccess portal;

    @Override
    public OwnerType type() {
        return OwnerType.PLAN_REVIEW;
    }

    @Override
    public Optional<OwnerAccess> access(CurrentUser me, long reviewId) {
        return plans.review(reviewId).map(PlanReview::plan).flatMap(p -> access(me, p));
    }

    /** Reviews read in one statement, and each plan behind them asked once. */
    @Override
    public Map<Long, OwnerAccess> access(CurrentUser me, Collection<Long> reviewIds) {
        Map<Long, Optional<OwnerAccess>> byPlan = new HashMap<>();
        Map<Long, OwnerAccess> rights = new HashMap<>();
        for (PlanReview review : plans.reviews(reviewIds)) {
            SupportPlan plan = review.plan();
            byPlan.computeIfAbsent(plan.id(), id -> access(me, plan)).ifPresent(a -> rights.put(review.id(), a));
        }
        return rights;
    }

    private Optional<OwnerAccess> access(CurrentUser me, SupportPlan plan) {
        return PlanAccess.mayView(me, plan) ? Optional.of(new OwnerAccess(plan.ladder().id(), true, true, false)) : portal.access(me, plan);
    }
}
