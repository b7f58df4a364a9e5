package org.coplan.web.supportplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.coplan.participation.DecisionOwner;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.PlanSummary;
import org.coplan.supportplan.PlanViews.ReviewView;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;
import org.coplan.web.participation.DecisionPanel;

/**
 * Backs /supportplan/review.xhtml: with ?plan=… the form to record a review; with ?id=… one
 * review as recorded, with the decisions taken at it in the decision ledger.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    private String id;
    private String planId;
    private PlanSummary plan;
    private ReviewView review;
    private DecisionPanel decisions;

    private String heldOn = CouncilTime.today().toString();
    private String attendees;
    private Chaired chaired;
    private String working;
    private String notWorking;
    private String ownWords;
    private String disagreements;
    private String nextReviewDue;

    public void load() throws IOException {
        if (plan != null || review != null) {
            return;
        }
        if (id != null && !id.isBlank()) {
            review = RecordPages.loadOrNotFound(id, plans::review).orElse(null);
            if (review != null) {
                plan = plans.plan(review.planId());
                decisions = new DecisionPanel(DecisionOwner.review(review.id()));
            }
        } else {
            plan = RecordPages.loadOrNotFound(planId, plans::plan).orElse(null);
        }
    }

    public String record() {
        LocalDate held = DatesInput.parse(heldOn);
        LocalDate next = DatesInput.parse(nextReviewDue);
        boolean badDate = false;
        if (held == null && heldOn != null && !heldOn.isBlank()) {
            Messages.error("reviewForm:heldOn", Messages.text("form.badDate"));
            badDate = true;
        }
        if (next == null && nextReviewDue != null && !nextReviewDue.isBlank()) {
            Messages.error("reviewForm:nextReviewDue", Messages.text("form.badDate"));
            badDate = true;
        }
        if (badDate) {
            return null;
        }
        try {
            long reviewId = plans.recordReview(plan.id(), new ReviewDraft(held, attendees, chaired, working, notWorking, ownWords,
                    disagreements, next));
            return FormMessages.doneThenShow("reviews.recorded", "/supportplan/review", reviewId);
        } catch (BusinessException refused) {
            FormMessages.refused("reviewForm", Set.of("heldOn", "attendees", "chaired", "working", "notWorking", "ownWords",
                    "disagreements", "nextReviewDue"), refused);
            return null;
        }
    }

    public Chaired[] getChairedOptions() {
        return Chaired.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public PlanSummary getPlan() {
        return plan;
    }

    public ReviewView getReview() {
        return review;
    }

    public DecisionPanel getDecisions() {
        return decisions;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public Chaired getChaired() {
        return chaired;
    }

    public void setChaired(Chaired chaired) {
        this.chaired = chaired;
    }

    public String getWorking() {
        return working;
    }

    public void setWorking(String working) {
        this.working = working;
    }

    public String getNotWorking() {
        return notWorking;
    }

    public void setNotWorking(String notWorking) {
        this.notWorking = notWorking;
    }

    public String getOwnWords() {
        return ownWords;
    }

    public void setOwnWords(String ownWords) {
        this.ownWords = ownWords;
    }

    public String getDisagreements() {
        return disagreements;
    }

    public void setDisagreements(String disagreements) {
        this.disagreements = disagreements;
    }

    public String getNextReviewDue() {
        return nextReviewDue;
    }

    public void setNextReviewDue(String nextReviewDue) {
        this.nextReviewDue = nextReviewDue;
    }
}
