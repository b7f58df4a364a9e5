package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.coplan.web.RecordPages;
import java.io.Serializable;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.ProjectSummary;
import org.coplan.participation.DecisionOwner;
import org.coplan.web.participation.DecisionPanel;

/** Backs /codesign/project.xhtml?id=…: a co-design project, its sessions, pledges, hours, payments and decisions, for its members. */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    private String id;
    private ProjectSummary project;
    private ProjectDetail detail;
    private DecisionPanel decisions;

    public void load() throws IOException {
        if (project == null) {
            detail = RecordPages.loadOrNotFound(id, codesign::detail).orElse(null);
            project = detail == null ? null : detail.project();
            decisions = project == null ? null : new DecisionPanel(DecisionOwner.project(project.id()));
        }
    }

    // Map values from a form arrive as text (EL cannot see the map's value type), so statuses are kept by name.
    private final java.util.Map<Long, String> pledgeStatus = new java.util.HashMap<>();
    private final java.util.Map<Long, String> pledgeNote = new java.util.HashMap<>();
    private final java.util.Map<Long, String> paidOn = new java.util.HashMap<>();
    private Long hoursMember;
    private String hoursDay;
    private String hoursGiven;
    private String ratePounds;
    private String claimedOn;

    /** Follows one pledge up: kept, broken (with what happened) or still in progress. */
    public String followUp(long pledgeId) {
        try {
            String status = pledgeStatus.get(pledgeId);
            codesign.followUpPledge(pledgeId, status == null ? org.coplan.codesign.PledgeStatus.IN_PROGRESS
                    : org.coplan.codesign.PledgeStatus.valueOf(status), pledgeNote.get(pledgeId));
            return done("pledge.followedUp");
        } catch (org.coplan.shared.BusinessException refused) {
            org.coplan.web.FormMessages.refused(null, java.util.Set.of(), refused);
            return null;
        }
    }

    /** Records hours a member gave; an unpaid contributor's come with the hourly rate they are paid. */
    public String recordHours() {
        java.time.LocalDate day = org.coplan.web.DatesInput.parse(hoursDay);
        java.time.LocalDate claimed = org.coplan.web.DatesInput.parse(claimedOn);
        Integer minutes = parseTimes(hoursGiven, 60);
        Integer rate = ratePounds == null || ratePounds.isBlank() ? null : parseTimes(ratePounds, 100);
        if (hoursMember == null || day == null || minutes == null || (ratePounds != null && !ratePounds.isBlank() && rate == null)
                || (claimedOn != null && !claimedOn.isBlank() && claimed == null)) {
            org.coplan.web.Messages.error("hoursForm:hours", org.coplan.web.Messages.text("payments.checkForm"));
            return null;
        }
        try {
            codesign.recordContribution(project.id(), hoursMember, day, minutes, rate, claimed);
            return done("payments.recorded");
        } catch (org.coplan.shared.BusinessException refused) {
            org.coplan.web.FormMessages.refused("hoursForm", java.util.Set.of("rate", "workedOn", "minutes", "claimedOn"), refused);
            return null;
        }
    }

    public String markPaid(long contributionId) {
        java.time.LocalDate on = org.coplan.web.DatesInput.parse(paidOn.get(contributionId));
        if (on == null) {
            org.coplan.web.Messages.error(null, org.coplan.web.Messages.text("form.badDate"));
            return null;
        }
        try {
            codesign.markPaid(contributionId, on);
            return done("payments.markedPaid");
        } catch (org.coplan.shared.BusinessException refused) {
            org.coplan.web.FormMessages.refused(null, java.util.Set.of(), refused);
            return null;
        }
    }

    /** A number typed as 2.5 (hours) or 15.00 (pounds), in whole minutes or pence; null when it is not a number. */
    static Integer parseTimes(String typed, int factor) {
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(typed.trim().replace("£", ""));
            return value.signum() <= 0 ? null : value.multiply(java.math.BigDecimal.valueOf(factor))
                    .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (NumberFormatException | ArithmeticException | NullPointerException notANumber) {
            return null;
        }
    }

    private String done(String key) {
        return org.coplan.web.FormMessages.doneThenShow(key, "/codesign/project", project.id());
    }

    public org.coplan.codesign.PledgeStatus[] getPledgeStatuses() {
        return org.coplan.codesign.PledgeStatus.values();
    }

    public java.util.Map<Long, String> getPledgeStatus() {
        return pledgeStatus;
    }

    public java.util.Map<Long, String> getPledgeNote() {
        return pledgeNote;
    }

    public java.util.Map<Long, String> getPaidOn() {
        return paidOn;
    }

    public Long getHoursMember() {
        return hoursMember;
    }

    public void setHoursMember(Long hoursMember) {
        this.hoursMember = hoursMember;
    }

    public String getHoursDay() {
        return hoursDay;
    }

    public void setHoursDay(String hoursDay) {
        this.hoursDay = hoursDay;
    }

    public String getHoursGiven() {
        return hoursGiven;
    }

    public void setHoursGiven(String hoursGiven) {
        this.hoursGiven = hoursGiven;
    }

    public String getRatePounds() {
        return ratePounds;
    }

    public void setRatePounds(String ratePounds) {
        this.ratePounds = ratePounds;
    }

    public String getClaimedOn() {
        return claimedOn;
    }

    public void setClaimedOn(String claimedOn) {
        this.claimedOn = claimedOn;
    }

    private org.coplan.codesign.ProjectStage nextStage;
    private String closingReport;

    /** Moves the project on; the page is read again so it shows the new stage. */
    public String advance() {
        try {
            codesign.advance(project.id(), nextStage, closingReport);
            return done("project.movedOn");
        } catch (org.coplan.shared.BusinessException refused) {
            org.coplan.web.FormMessages.refused("stageForm", java.util.Set.of("stage", "report"), refused);
            return null;
        }
    }

    public java.util.List<org.coplan.codesign.ProjectStage> getLaterStages() {
        return java.util.Arrays.stream(org.coplan.codesign.ProjectStage.values())
                .filter(s -> s.ordinal() > project.stage().ordinal()).toList();
    }

    public org.coplan.codesign.ProjectStage getNextStage() {
        return nextStage;
    }

    public void setNextStage(org.coplan.codesign.ProjectStage nextStage) {
        this.nextStage = nextStage;
    }

    public String getClosingReport() {
        return closingReport;
    }

    public void setClosingReport(String closingReport) {
        this.closingReport = closingReport;
    }

    private String sessionTitle;
    private org.coplan.codesign.SessionMethod sessionMethod;
    private String sessionOn;

    /** Plans a session and opens it, so the facilitator can record it when it is held. */
    public String planSession() {
        java.time.LocalDate on = org.coplan.web.DatesInput.parse(sessionOn);
        if (on == null) {
            org.coplan.web.Messages.error("planForm:plannedOn", org.coplan.web.Messages.text("form.badDate"));
            return null;
        }
        try {
            long session = codesign.planSession(project.id(), sessionTitle, sessionMethod, on, "");
            return "/codesign/session?faces-redirect=true&id=" + session;
        } catch (org.coplan.shared.BusinessException refused) {
            org.coplan.web.FormMessages.refused("planForm", java.util.Set.of("title", "method", "plannedOn"), refused);
            return null;
        }
    }

    public org.coplan.codesign.SessionMethod[] getMethods() {
        return org.coplan.codesign.SessionMethod.values();
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public org.coplan.codesign.SessionMethod getSessionMethod() {
        return sessionMethod;
    }

    public void setSessionMethod(org.coplan.codesign.SessionMethod sessionMethod) {
        this.sessionMethod = sessionMethod;
    }

    public String getSessionOn() {
        return sessionOn;
    }

    public void setSessionOn(String sessionOn) {
        this.sessionOn = sessionOn;
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    /** An amount in pence as pounds, the way a council writes money. */
    public String pounds(Number pence) {
        return money(pence);
    }

    /** Pence as pounds, as the council writes money. */
    public static String money(Number pence) {
        return pence == null ? "" : String.format(java.util.Locale.UK, "£%,.2f", pence.longValue() / 100.0);
    }

    /** Minutes as hours to one decimal place. */
    public static String hoursOf(Number minutes) {
        return minutes == null ? "" : String.format(java.util.Locale.UK, "%.1f", minutes.longValue() / 60.0);
    }

    public String join(java.util.List<String> names) {
        return String.join(", ", names);
    }

    public String hours(Number minutes) {
        return hoursOf(minutes);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProjectSummary getProject() {
        return project;
    }

    public DecisionPanel getDecisions() {
        return decisions;
    }
}
