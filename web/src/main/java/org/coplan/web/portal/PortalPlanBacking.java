package org.coplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coplan.participation.DecisionService;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.coplan.participation.RatingDraft;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.PlanViews.PortalPlanView;
import org.coplan.supportplan.sections.Actions;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.RecordPages;
import org.coplan.web.RowsPage;
import org.coplan.web.supportplan.SectionForm;

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

    @Inject
    transient DecisionService ledger;

    @Inject
    transient LadderService ladders;

    private String id;
    private PortalPlanView plan;
    /** Decisions are offered for rating this many at a time, so a long plan stays quick to open on a phone. */
    static final int RATE_PAGE_SIZE = 10;

    private List<DecisionSummary> decisions = List.of();
    private String rate;
    private List<LadderView.RungView> rungs = List.of();
    // Map values from a form arrive as text, keyed by the decision's id.
    private final Map<Long, String> ratedRung = new HashMap<>();
    private final Map<Long, String> ratingComment = new HashMap<>();

    public void load() throws IOException {
        if (plan == null) {
            plan = RecordPages.loadOrNotFound(id, plans::portalPlan).orElse(null);
            if (plan != null) {
                decisions = PortalDecisions.of(ledger, plan.planId(), plan.reviewIds());
                rungs = ladders.ladders().stream().filter(l -> l.id() == plan.ladderId()).findFirst()
                        .map(l -> l.rungs().stream().filter(r -> !r.retired()).toList()).orElse(List.of());
            }
        }
    }

    /** The actions that are the person's or their circle's to do, and not yet done. */
    public List<Actions.Action> getMyActions() {
        return plan.sections().stream().filter(s -> s.key() == SectionKey.ACTIONS).findFirst()
                .map(s -> ((Actions) s.section()).items().stream()
                        .filter(a -> a.whoKind() == Actions.WhoKind.PERSON || a.whoKind() == Actions.WhoKind.CIRCLE)
                        .filter(a -> a.status() != Actions.Status.DONE && a.status() != Actions.Status.STOPPED)
                        .toList())
                .orElse(List.of());
    }

    public List<DecisionSummary> getDecisions() {
        return decisions;
    }

    /** The decisions offered for rating on the page asked for ({@code rate=}, from 1), newest first, a few at a time. */
    public RowsPage<DecisionSummary> getToRate() {
        return RowsPage.of(decisions, rate, RATE_PAGE_SIZE);
    }

    /** "Decisions 11 to 20 of 34, newest first." */
    public String getRateShowing() {
        RowsPage<DecisionSummary> shown = getToRate();
        return Messages.text("portal.rateShowing").replace("{0}", String.valueOf(shown.first()))
                .replace("{1}", String.valueOf(shown.last())).replace("{2}", String.valueOf(shown.total()));
    }

    public List<DecisionSummary> getChangedByViews() {
        return PortalDecisions.changedByViews(decisions);
    }

    public List<LadderView.RungView> getRungs() {
        return rungs;
    }

    /** Rates how involved the user felt in one decision, on the plan's ladder. The decision is looked up on the server. */
    public String rate(long decisionId) {
        String rung = ratedRung.get(decisionId);
        if (rung == null || rung.isBlank()) {
            Messages.error(null, Messages.text("portal.chooseRung"));
            return null;
        }
        try {
            ledger.rate(decisionId, new RatingDraft(Long.valueOf(rung), ratingComment.get(decisionId), null, null));
            return FormMessages.doneThenShow("portal.rated", "/portal/plan", plan.planId());
        } catch (BusinessException | NumberFormatException refused) {
            Messages.error(null, refused instanceof BusinessException ? refused.getMessage() : Messages.text("portal.chooseRung"));
            return null;
        }
    }

    /** A moment as the council's clock shows it. */
    public String when(java.time.Instant at) {
        return org.coplan.web.DatesInput.when(at);
    }

    /** What this user has said through the portal about the plan, with what became of it. */
    public List<org.coplan.supportplan.PlanViews.SayView> getSays() {
        if (says == null) {
            says = plans.says(plan.planId());
        }
        return says;
    }

    private List<org.coplan.supportplan.PlanViews.SayView> says;
    private String ownWords;
    private String saySection = "";
    private String sayKind = "";
    private String sayWords;

    public String addOwnWords() {
        try {
            plans.portalSay(plan.planId(), org.coplan.supportplan.PortalSay.Kind.OWN_WORDS, SectionKey.ABOUT_ME, ownWords);
            return FormMessages.doneThenShow("portal.ownWordsSent", "/portal/plan", plan.planId());
        } catch (BusinessException refused) {
            FormMessages.refused("ownWordsForm", Set.of("words"), refused);
            return null;
        }
    }

    public String agreeOrDisagree() {
        try {
            plans.portalSay(plan.planId(), sayKind == null || sayKind.isBlank() ? null
                    : org.coplan.supportplan.PortalSay.Kind.valueOf(sayKind),
                    SectionKey.fromPath(saySection == null ? "" : saySection).orElse(null), sayWords);
            return FormMessages.doneThenShow("portal.saySent", "/portal/plan", plan.planId());
        } catch (BusinessException refused) {
            FormMessages.refused("agreeForm", Set.of("kind", "section", "words"), refused);
            return null;
        }
    }

    public boolean isAboutMeShared() {
        return plan.sections().stream().anyMatch(s -> s.key() == SectionKey.ABOUT_ME);
    }

    public String getOwnWords() {
        return ownWords;
    }

    public void setOwnWords(String ownWords) {
        this.ownWords = ownWords;
    }

    public String getSaySection() {
        return saySection;
    }

    public void setSaySection(String saySection) {
        this.saySection = saySection;
    }

    public String getSayKind() {
        return sayKind;
    }

    public void setSayKind(String sayKind) {
        this.sayKind = sayKind;
    }

    public String getSayWords() {
        return sayWords;
    }

    public void setSayWords(String sayWords) {
        this.sayWords = sayWords;
    }

    public Map<Long, String> getRatedRung() {
        return ratedRung;
    }

    public Map<Long, String> getRatingComment() {
        return ratingComment;
    }

    /** Each section the link allows, as the rows of its form (what the page lists). */
    public List<SectionForm> getSections() {
        return plan.sections().stream().map(SectionView::section).map(SectionForm::of).toList();
    }

    /** A field's label: in easy read, the shorter words written for it, where there are any. */
    public String label(SectionKey section, SectionForm.Field field, boolean easyRead) {
        String key = section.path() + "." + field.name();
        java.util.ResourceBundle bundle = jakarta.faces.context.FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(jakarta.faces.context.FacesContext.getCurrentInstance(), "msg");
        return easyRead && bundle.containsKey("fieldEasy." + key) ? bundle.getString("fieldEasy." + key)
                : bundle.getString("field." + key);
    }

    public String show(SectionForm.Field field, Object value) {
        return MyDataExport.show(plan, field, value);
    }

    public PortalPlanView getPlan() {
        return plan;
    }

    /** The {@code rate} address parameter, as typed. */
    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
