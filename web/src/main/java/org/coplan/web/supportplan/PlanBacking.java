package org.coplan.web.supportplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.coplan.web.RecordPages;
import java.io.Serializable;
import org.coplan.participation.DecisionOwner;
import org.coplan.supportplan.PlanSummary;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.web.participation.DecisionPanel;

/** Backs /supportplan/plan.xhtml?id=…: a support plan and its decisions. The plan's sections come with their own issue. */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    private String id;
    private PlanSummary plan;
    private DecisionPanel decisions;

    public void load() throws IOException {
        if (plan == null) {
            plan = RecordPages.loadOrNotFound(id, plans::plan).orElse(null);
            decisions = plan == null ? null : new DecisionPanel(DecisionOwner.plan(plan.id()));
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PlanSummary getPlan() {
        return plan;
    }

    public DecisionPanel getDecisions() {
        return decisions;
    }
}
