package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/projects: the co-design projects the caller is a member of. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    CoDesignService codesign;

    @GET
    @Operation(summary = "My co-design projects", description = "Only projects the caller is a member of, with their part in each.")
    public List<ProjectSummary> myProjects() {
        return codesign.myProjects();
    }
}
