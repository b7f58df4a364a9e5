package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.coplan.web.RecordPages;
import java.io.Serializable;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectSummary;
import org.coplan.participation.DecisionOwner;
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
        if (project == null) {
            project = RecordPages.loadOrNotFound(id, codesign::project).orElse(null);
            decisions = project == null ? null : new DecisionPanel(DecisionOwner.project(project.id()));
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
