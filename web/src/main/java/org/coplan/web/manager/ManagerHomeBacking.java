package org.coplan.web.manager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.PeopleService;
import org.coplan.people.TeamSummary;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.supportplan.CaseloadEntry;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.PlanViews.AwaitingSignOff;
import org.coplan.supportplan.SupportPlanService;

/**
 * Backs /manager/home.xhtml: the manager's teams, the reviews overdue across them (oldest
 * first, counted and paged in the database) and the plans waiting for a manager's sign-off.
 */
@Named
@RequestScoped
public class ManagerHomeBacking {

    private static final int OVERDUE_SHOWN = 50;

    @Inject
    PeopleService people;

    @Inject
    SupportPlanService plans;

    private List<TeamSummary> teams;
    private Page<CaseloadEntry> overdue;
    private List<AwaitingSignOff> awaiting;

    public List<TeamSummary> getTeams() {
        if (teams == null) {
            teams = people.myTeams();
        }
        return teams;
    }

    public Page<CaseloadEntry> getOverdue() {
        if (overdue == null) {
            overdue = plans.caseload(new PageRequest(0, OVERDUE_SHOWN), CaseloadOrder.NEXT_REVIEW, CaseloadSearch.EVERYONE, true);
        }
        return overdue;
    }

    public List<AwaitingSignOff> getAwaiting() {
        if (awaiting == null) {
            awaiting = plans.awaitingManagerSignOff();
        }
        return awaiting;
    }
}
