package org.coplan.supportplan;

import org.coplan.security.CurrentUser;

/** Who may see a plan: staff of the team the person is allocated to. The portal adds linked family members. */
final class PlanAccess {

    private PlanAccess() {
    }

    static boolean mayView(CurrentUser me, SupportPlan plan) {
        return me.mayViewPeopleOfTeam(plan.person().team().id());
    }
}
