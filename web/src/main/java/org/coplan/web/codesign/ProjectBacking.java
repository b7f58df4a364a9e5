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

    private org.coplan.codesign.ProjectStage nextStage;
    private String closingReport;

    /** Moves the project on; the page is read again so it shows the new stage. */
    public String advance() {
        try {
            codesign.advance(project.id(), nextStage, closingReport);
            org.coplan.web.FormMessages.done("project.movedOn");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/codesign/project?faces-redirect=true&id=" + project.id();
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
        return pence == null ? "" : String.format(java.util.Locale.UK, "£%,.2f", pence.longValue() / 100.0);
    }

    public String join(java.util.List<String> names) {
        return String.join(", ", names);
    }

    public String hours(Number minutes) {
        return minutes == null ? "" : String.format(java.util.Locale.UK, "%.1f", minutes.longValue() / 60.0);
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
