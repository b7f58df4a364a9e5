package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coplan.security.AccountService;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.supportplan.PlanViews;
import org.coplan.supportplan.SupportPlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/me: who the caller is. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller's user name and roles (lower case, as in DOMAIN.md). */
    public record MeJson(String username, String displayName, List<String> roles) {
    }

    @Inject
    AccountService accounts;

    @Inject
    SupportPlanService plans;

    @GET
    @Operation(summary = "The signed-in user", description = "User name, display name and roles of the caller.")
    public MeJson me() {
        CurrentUser me = accounts.me();
        return new MeJson(me.username(), me.displayName(), me.roles().stream().sorted().map(Role::code).toList());
    }

    @GET
    @Path("plans")
    @Operation(summary = "The plans linked to me through the portal",
            description = "For a family user: the current plan of each person they are linked to (planId, personName, status, "
                    + "nextReviewDue). Empty without a link, or once a link has ended.")
    public List<PlanViews.PortalPlanSummary> myPlans() {
        return plans.portalPlans();
    }
}
