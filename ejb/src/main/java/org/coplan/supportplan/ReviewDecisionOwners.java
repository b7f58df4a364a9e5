package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        return plans.review(reviewId)
                .map(PlanReview::plan)
                .flatMap(p -> PlanAccess.mayView(me, p) ? Optional.of(new OwnerAccess(p.ladder().id(), true, true, false))
                        : portal.access(me, p));
    }
}
