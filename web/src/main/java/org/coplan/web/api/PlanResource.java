package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.supportplan.PlanViews;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.SectionKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Support plans (at the root, like the decisions resource, so that /plans/{id}/decisions and
 * /plans/{id} are both found): /api/plans/{planId}, its versions, and saving a section of the current draft
 * with the entity tag of the version the client read. Every call goes through the plan
 * service, which checks the caller's right to that plan and audits it.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    org.coplan.security.AccountService accounts;

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})-(\\d{1,18})\"?");

    @Inject
    SupportPlanService plans;

    @GET
    @Path("plans/{planId}")
    @Operation(summary = "A support plan at its current version",
            description = "The ETag header is the tag to send as If-Match when saving a section. 404 when the plan "
                    + "does not exist or the caller may not see it.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public Response plan(@PathParam("planId") String planId) {
        long id = id(planId, "SupportPlan");
        // A family user reads through the portal: only the sections their link allows. Staff read the whole plan.
        if (portalOnly()) {
            return Response.ok(PlanJson.PortalPlan.of(plans.portalPlan(id))).build();
        }
        return PlanJson.ok(plans.planView(id, null));
    }

    /** A caller who holds the family role and no role that works with plans. */
    private boolean portalOnly() {
        var me = accounts.me();
        return me.has(org.coplan.security.Role.FAMILY) && !me.has(org.coplan.security.Role.PRACTITIONER)
                && !me.has(org.coplan.security.Role.MANAGER);
    }

    @GET
    @Path("plans/{planId}/versions")
    @Operation(summary = "Every version of a plan, oldest first")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public List<PlanViews.VersionSummary> versions(@PathParam("planId") String planId) {
        return plans.versions(id(planId, "SupportPlan"));
    }

    @GET
    @Path("plans/{planId}/versions/{n}")
    @Operation(summary = "One version of a plan, with its sections and sign-offs")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public Response version(@PathParam("planId") String planId, @PathParam("n") String n) {
        PlanViews.VersionView view = plans.version(id(planId, "SupportPlan"), (int) id(n, "SupportPlan"));
        return Response.ok(PlanJson.Version.of(view)).tag(new EntityTag(PlanJson.etag(view.version()))).build();
    }

    @PUT
    @Path("plans/{planId}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one section of the current draft",
            description = "Send the section's JSON and, as If-Match, the ETag of the version you read. 409 when someone "
                    + "saved after you read it (the answer names them); 428 without If-Match; 400 with the fields at "
                    + "fault; 404 for a plan the caller may not see. Sections: about-me, circle, strengths, outcomes, "
                    + "path, actions, risks.")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag is in the header")
    @APIResponse(responseCode = "409", description = "Someone else saved first")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response saveSection(@PathParam("planId") String planId, @PathParam("section") String section,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        long id = id(planId, "SupportPlan");
        SectionKey key = SectionKey.fromPath(section).orElseThrow(() -> new NoSuchSection(section));
        if (ifMatch == null || ifMatch.isBlank()) {
            return ErrorMappers.json(Response.Status.PRECONDITION_REQUIRED, ErrorJson.of(
                    "Send the ETag of the version you read as If-Match, so that nobody's changes are overwritten."));
        }
        Matcher tag = TAG.matcher(ifMatch.trim());
        if (!tag.matches()) {
            return ErrorMappers.json(Response.Status.BAD_REQUEST, ErrorJson.of("If-Match must be an ETag this API gave, such as \"2-5\"."));
        }
        long revision = plans.saveSection(id, Integer.parseInt(tag.group(1)), Long.parseLong(tag.group(2)),
                org.coplan.supportplan.sections.SectionJson.read(key, body == null ? "" : body));
        PlanViews.VersionView saved = plans.version(id, Integer.parseInt(tag.group(1)));
        return Response.ok(PlanJson.Version.of(saved)).tag(new EntityTag(tag.group(1) + "-" + revision)).build();
    }

    static long id(String text, String type) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            throw new RecordNotFoundException(type, text);
        }
    }

    /** A section name that is not one of the plan's sections: 404 with the names that are. */
    static final class NoSuchSection extends jakarta.ws.rs.WebApplicationException {

        private static final long serialVersionUID = 1L;

        NoSuchSection(String name) {
            super(ErrorMappers.json(Response.Status.NOT_FOUND, ErrorJson.of("A plan has no section '" + name + "'. Its sections are "
                    + Arrays.stream(SectionKey.values()).map(SectionKey::path).collect(Collectors.joining(", "))
                    + ". Reviews, measures and consent are recorded on the plan page.")));
        }
    }
}
