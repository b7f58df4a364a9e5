package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionService;
import org.coplan.participation.DecisionViews.DecisionDetails;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The decision ledger over HTTP. A plan, project or decision the caller may not see answers
 * 404, the same as one that does not exist; bad input answers 400 naming each bad field.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    @Path("plans/{planId}/decisions")
    @Operation(summary = "A plan's decisions", description = "Newest first, with rung, lived-experience gap and feedback.")
    @APIResponse(responseCode = "404", description = "No such plan, or no access")
    public List<DecisionSummary> planDecisions(@PathParam("planId") String planId) {
        return decisions.decisionsOf(DecisionOwner.plan(id(planId, "SupportPlan")));
    }

    @POST
    @Path("plans/{planId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a plan decision", description = "Without rungId the suggested rung is used; another rung needs rungReason.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the decision")
    @APIResponse(responseCode = "400", description = "Invalid input: every bad field is listed")
    @APIResponse(responseCode = "404", description = "No such plan, or no access")
    public Response recordPlanDecision(@PathParam("planId") String planId, DecisionJson.DecisionInput input) {
        return created(decisions.record(DecisionOwner.plan(id(planId, "SupportPlan")), body(input).toDraft()));
    }

    @GET
    @Path("projects/{projectId}/decisions")
    @Operation(summary = "A project's decisions", description = "Newest first, with rung, lived-experience gap and feedback.")
    @APIResponse(responseCode = "404", description = "No such project, or not a member")
    public List<DecisionSummary> projectDecisions(@PathParam("projectId") String projectId) {
        return decisions.decisionsOf(DecisionOwner.project(id(projectId, "CoDesignProject")));
    }

    @POST
    @Path("projects/{projectId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a project decision", description = "Only the project's facilitators may record.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the decision")
    @APIResponse(responseCode = "400", description = "Invalid input: every bad field is listed")
    @APIResponse(responseCode = "404", description = "No such project, or no right to record")
    public Response recordProjectDecision(@PathParam("projectId") String projectId, DecisionJson.DecisionInput input) {
        return created(decisions.record(DecisionOwner.project(id(projectId, "CoDesignProject")), body(input).toDraft()));
    }

    @GET
    @Path("decisions/{id}")
    @Operation(summary = "One decision with its versions and ratings")
    @APIResponse(responseCode = "404", description = "No such decision, or no access")
    public DecisionDetails decision(@PathParam("id") String id) {
        return decisions.decision(id(id, "Decision"));
    }

    @POST
    @Path("decisions/{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a decision on the ladder",
            description = "A project partner rates as themselves. Staff on a plan record the rating the person "
                    + "(standing PERSON) or a family member (FAMILY_MEMBER) gave, with raterName.")
    @APIResponse(responseCode = "201", description = "Rating kept beside the staff-recorded rung")
    @APIResponse(responseCode = "400", description = "Invalid input: every bad field is listed")
    @APIResponse(responseCode = "404", description = "No such decision, or no right to rate it")
    public Response rate(@PathParam("id") String id, DecisionJson.RatingInput input) {
        long decisionId = id(id, "Decision");
        if (input == null) {
            throw new InvalidInputException(List.of(new FieldProblem("rungId", "Send the rating as JSON.")));
        }
        decisions.rate(decisionId, input.toDraft());
        return Response.status(Response.Status.CREATED).entity(decisions.decision(decisionId)).build();
    }

    private Response created(long decisionId) {
        return Response.created(uri.getBaseUriBuilder().path("decisions/{id}").build(decisionId))
                .entity(decisions.decision(decisionId)).build();
    }

    private static DecisionJson.DecisionInput body(DecisionJson.DecisionInput input) {
        if (input == null) {
            throw new InvalidInputException(List.of(new FieldProblem("question", "Send the decision as JSON.")));
        }
        return input;
    }

    private static long id(String text, String type) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            throw new RecordNotFoundException(type, text);
        }
    }
}
