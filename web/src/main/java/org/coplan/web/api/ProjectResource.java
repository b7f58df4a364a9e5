package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.coplan.codesign.CodesignViews;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/projects, /api/projects/{id} and its sessions: only projects the caller is a member
 * of. At the root, like the decisions resource, so that /projects/{id}/decisions is found too.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    CoDesignService codesign;

    @GET
    @Path("projects/{id}")
    @Operation(summary = "One project", description = "Members, sessions, pledges (and those due soon), hours and payments. "
            + "404 unless the caller is a member.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public CodesignViews.ProjectDetail project(@PathParam("id") String id) {
        return codesign.detail(PlanResource.id(id, "CoDesignProject"));
    }

    @GET
    @Path("projects/{id}/sessions")
    @Operation(summary = "A project's sessions, planned and held", description = "404 unless the caller is a member.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public List<CodesignViews.SessionView> sessions(@PathParam("id") String id) {
        return codesign.sessions(PlanResource.id(id, "CoDesignProject"));
    }

    @GET
    @Path("projects/{id}/themes")
    @Operation(summary = "Anonymised themes from plans for a project",
            description = "Themes (unmet outcomes, worries, community assets) by framework category and area from the plans whose "
                    + "consent allows it, in the project's service area, each with how many people (never fewer than 5) and "
                    + "whether it is attached to the project as evidence. An attached theme now under 5 people has no count. "
                    + "404 unless the caller is a member; 400 for members who are not staff.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public List<CodesignViews.ThemeView> themes(@PathParam("id") String id) {
        return codesign.themes(PlanResource.id(id, "CoDesignProject"));
    }

    @GET
    @Path("offers")
    @Operation(summary = "Community offers",
            description = "The offers of the service areas of the caller's teams and of the projects they are a member of, "
                    + "each with the project that made it and how many open plans use it (a count, never names).")
    public List<CodesignViews.OfferView> offers() {
        return codesign.offers();
    }

    @GET
    @Path("projects")
    @Operation(summary = "My co-design projects", description = "Only projects the caller is a member of, with their part in each.")
    public List<ProjectSummary> myProjects() {
        return codesign.myProjects();
    }
}
