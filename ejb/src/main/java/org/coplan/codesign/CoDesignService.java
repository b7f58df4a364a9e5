package org.coplan.codesign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.Audited;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;

/** The only way in to co-design projects. A project is visible to its members, and to no one else. */
@Stateless
public class CoDesignService {

    @Inject
    ProjectRepository projects;

    @Inject
    Callers callers;

    /** The projects the caller is a member of, whatever their login roles. */
    @Audited(action = "projects.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<ProjectSummary> myProjects() {
        CurrentUser me = callers.current();
        return projects.projectsOfMember(me.id());
    }
}
