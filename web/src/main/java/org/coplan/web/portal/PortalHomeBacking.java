package org.coplan.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coplan.supportplan.PlanViews.PortalPlanSummary;
import org.coplan.supportplan.SupportPlanService;

/** Backs /portal/home.xhtml: the plans the family user is linked to. */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    SupportPlanService plans;

    @Inject
    org.coplan.codesign.CoDesignService codesign;

    private List<PortalPlanSummary> mine;
    private List<org.coplan.codesign.CodesignViews.MyPledge> pledges;

    /** Pledges the family user made as a member of a co-design project: part of "my part". */
    public List<org.coplan.codesign.CodesignViews.MyPledge> getPledges() {
        if (pledges == null) {
            pledges = codesign.myPart().pledges();
        }
        return pledges;
    }

    public List<PortalPlanSummary> getPlans() {
        if (mine == null) {
            mine = plans.portalPlans();
        }
        return mine;
    }
}
