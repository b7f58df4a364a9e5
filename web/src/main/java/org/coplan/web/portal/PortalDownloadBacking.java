package org.coplan.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coplan.participation.DecisionService;
import org.coplan.supportplan.PlanViews.PortalPlanSummary;
import org.coplan.supportplan.PlanViews.PortalPlanView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.web.RecordPages;

/**
 * Backs /portal/download.xhtml?plan=…&amp;format=pdf|json: a family user's "my data" as a file,
 * for one linked plan or, with plan=all, for every plan they are linked to. The plan id is
 * checked by the service like any other: a plan not linked to the caller answers 404.
 */
@Named
@RequestScoped
public class PortalDownloadBacking {

    static final String ALL = "all";

    @Inject
    SupportPlanService plans;

    @Inject
    DecisionService ledger;

    private String plan;
    private String format;

    public void send() throws IOException {
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"json".equals(format)) {
            RecordPages.notFound();
            return;
        }
        List<MyDataExport.Shown> shown = new ArrayList<>();
        if (ALL.equals(plan)) {
            for (PortalPlanSummary summary : plans.portalPlans()) {
                shown.add(shownOf(plans.portalPlan(summary.planId())));
            }
            write(pdf ? MyDataExport.pdf(shown) : MyDataExport.json(shown).toString().getBytes(StandardCharsets.UTF_8), pdf,
                    "my-plans");
            return;
        }
        PortalPlanView one = RecordPages.loadOrNotFound(plan, plans::portalPlan).orElse(null);
        if (one != null) {
            MyDataExport.Shown s = shownOf(one);
            write(pdf ? MyDataExport.pdf(s.plan(), s.decisions())
                    : MyDataExport.json(s.plan(), s.decisions()).toString().getBytes(StandardCharsets.UTF_8), pdf,
                    "my-plan-" + one.planId());
        }
    }

    private MyDataExport.Shown shownOf(PortalPlanView view) {
        return new MyDataExport.Shown(view, PortalDecisions.of(ledger, view.planId(), view.reviewIds()));
    }

    private static void write(byte[] body, boolean pdf, String name) throws IOException {
        org.coplan.web.Downloads.send(body, pdf ? "application/pdf" : "application/json;charset=UTF-8", name + (pdf ? ".pdf" : ".json"));
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
