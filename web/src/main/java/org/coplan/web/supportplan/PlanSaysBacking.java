package org.coplan.web.supportplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.PlanViews.SayView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.web.FormMessages;

/** The "from the families' portal" part of /supportplan/plan.xhtml: what families said, and practitioners accepting own words. */
@Named
@ViewScoped
public class PlanSaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    @Inject
    PlanBacking page;

    private List<SayView> says;
    private final Map<Long, String> notes = new HashMap<>();

    public List<SayView> getSays() {
        if (says == null) {
            says = page.getView() == null ? List.of() : plans.says(page.getView().plan().id());
        }
        return says;
    }

    public String accept(long sayId) {
        return decide(sayId, true);
    }

    public String decline(long sayId) {
        return decide(sayId, false);
    }

    private String decide(long sayId, boolean accept) {
        long planId = page.getView().plan().id();
        try {
            plans.decideOwnWords(planId, sayId, accept, notes.get(sayId));
            return FormMessages.doneThenShow(accept ? "says.accepted" : "says.declined", "/supportplan/plan", planId);
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    /** A moment as the council's clock shows it. */
    public String when(java.time.Instant at) {
        return org.coplan.web.DatesInput.when(at);
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
