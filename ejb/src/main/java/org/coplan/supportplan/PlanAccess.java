package org.coplan.supportplan;

import org.coplan.security.CurrentUser;
import org.coplan.security.Role;

/**
 * Who may do what with a plan. Staff of the team the person is allocated to may see it;
 * practitioners of that team write it; managers of that team sign it off where the council
 * requires it. The portal adds linked family members.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    static boolean mayView(CurrentUser me, SupportPlan plan) {
        return me.mayViewPeopleOfTeam(plan.person().team().id());
    }

    static boolean mayEdit(CurrentUser me, long teamId) {
        return me.has(Role.PRACTITIONER) && me.teamIds().contains(teamId);
    }

    static boolean maySignAsManager(CurrentUser me, SupportPlan plan) {
        return me.has(Role.MANAGER) && me.teamIds().contains(plan.person().team().id());
    }
}
