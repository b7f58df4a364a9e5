package org.coplan.web.codesign;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectSummary;
import org.coplan.participation.DecisionOwner;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.participation.DecisionPanel;

/** Backs /codesign/project.xhtml?id=…: a co-design project and its decisions, for its members. */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    private String id;
    private ProjectSummary project;
    private DecisionPanel decisions;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (project != null) {
            return;
        }
        try {
            project = codesign.project(Long.parseLong(id == null ? "" : id.trim()));
            decisions = new DecisionPanel(DecisionOwner.project(project.id()));
        } catch (NumberFormatException | RecordNotFoundException notVisible) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
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
