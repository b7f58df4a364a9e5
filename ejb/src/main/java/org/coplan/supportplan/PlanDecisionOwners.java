package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coplan.participation.DecisionOwners;
import org.coplan.participation.OwnerType;
import org.coplan.security.CurrentUser;

/**
 * Plans' answer to the decision ledger: staff who may see the plan may record its decisions and
 * record the rating the person or a family member gave.
 */
@ApplicationScoped
public class PlanDecisionOwners implements DecisionOwners {

    @Inject
    SupportPlanRepository plans;

    @Inject
    PortalDecisionAccess portal;

    @Override
    public OwnerType type() {
        return OwnerType.SUPPORT_PLAN;
    }

    @Override
    public Optional<OwnerAccess> access(CurrentUser me, long planId) {
        return plans.findWithPersonAndLadder(planId)
                .flatMap(p -> PlanAccess.mayView(me, p) ? Optional.of(new OwnerAccess(p.ladder().id(), true, true, false))
                        : portal.access(me, p));
    }
}
