package org.coplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.coplan.supportplan.PlanViews.PortalPlanView;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.RecordPages;
import org.coplan.web.supportplan.SectionForm;
import org.coplan.web.supportplan.SectionText;

/**
 * Backs /portal/plan.xhtml?id=…: a plan as the linked family user may see it, in plain words,
 * only the sections their link allows. Any other plan is "not found".
 */
@Named
@ViewScoped
public class PortalPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    private String id;
    private PortalPlanView plan;

    public void load() throws IOException {
        if (plan == null) {
            plan = RecordPages.loadOrNotFound(id, plans::portalPlan).orElse(null);
        }
    }

    /** Each section the link allows, as the rows of its form (what the page lists). */
    public List<SectionForm> getSections() {
        return plan.sections().stream().map(SectionView::section).map(SectionForm::of).toList();
    }

    public String show(SectionForm.Field field, Object value) {
        return SectionText.show(field, value, plan.categories(), outcomes(), plan.offers());
    }

    private List<Outcomes.Outcome> outcomes() {
        return plan.sections().stream().filter(s -> s.key() == SectionKey.OUTCOMES).findFirst()
                .map(s -> ((Outcomes) s.section()).items()).orElse(List.of());
    }

    public PortalPlanView getPlan() {
        return plan;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
