package org.coplan.codesign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.shared.RecordNotFoundException;

/** The only way in to co-design projects. A project is visible to its members, and to no one else. */
@Stateless
public class CoDesignService {

    @Inject
    ProjectRepository projects;

    @Inject
    Callers callers;

    /** One project, for its members only. */
    @Audited(action = "project.view", recordType = "CoDesignProject", purpose = "co-design")
    public ProjectSummary project(@RecordId long projectId) {
        CurrentUser me = callers.current();
        return projects.projectsOfMember(me.id()).stream().filter(p -> p.id() == projectId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("CoDesignProject", projectId));
    }

    /** The projects the caller is a member of, whatever their login roles. */
    @Audited(action = "projects.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<ProjectSummary> myProjects() {
        CurrentUser me = callers.current();
        return projects.projectsOfMember(me.id());
    }
}
