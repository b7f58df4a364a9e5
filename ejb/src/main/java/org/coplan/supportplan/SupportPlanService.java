package org.coplan.supportplan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.shared.RecordNotFoundException;

/** The only way in to support plans. A plan is visible to staff of the person's team. */
@Stateless
public class SupportPlanService {

    @Inject
    SupportPlanRepository plans;

    @Inject
    Callers callers;

    @Audited(action = "plan.view", recordType = "SupportPlan")
    public PlanSummary plan(@RecordId long planId) {
        CurrentUser me = callers.current();
        return plans.findWithPersonAndLadder(planId)
                .filter(p -> PlanAccess.mayView(me, p))
                .map(SupportPlanService::summary)
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", planId));
    }

    /** The plans of one person: empty for a person the caller may not see (or who does not exist). */
    @Audited(action = "plans.view", recordType = "Person")
    public List<PlanSummary> plansOfPerson(@RecordId long personId) {
        CurrentUser me = callers.current();
        List<SupportPlan> found = plans.plansOfPerson(personId);
        if (found.stream().anyMatch(p -> !PlanAccess.mayView(me, p))) {
            throw new RecordNotFoundException("Person", personId);
        }
        return found.stream().map(SupportPlanService::summary).toList();
    }

    private static PlanSummary summary(SupportPlan p) {
        return new PlanSummary(p.id(), p.person().id(), p.person().givenName() + " " + p.person().familyName(),
                p.status(), p.ladder().id(), p.ladder().name());
    }
}
