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

    private List<PortalPlanSummary> mine;

    public List<PortalPlanSummary> getPlans() {
        if (mine == null) {
            mine = plans.portalPlans();
        }
        return mine;
    }
}
