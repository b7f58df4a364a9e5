package org.coplan.web.codesign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectSummary;

/** Backs the facilitator's and the partner's home pages: the projects the user is a member of. */
@Named
@RequestScoped
public class MyProjectsBacking {

    @Inject
    CoDesignService codesign;

    private List<ProjectSummary> projects;

    public List<ProjectSummary> getProjects() {
        if (projects == null) {
            projects = codesign.myProjects();
        }
        return projects;
    }
}
