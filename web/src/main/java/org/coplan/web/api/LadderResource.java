package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/ladders: the ladders of participation with their rungs. */
@Path("ladders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LadderResource {

    @Inject
    LadderService ladders;

    @GET
    @Operation(summary = "Ladders of participation",
            description = "Every ladder with its rungs from the bottom up: ordinal, name, plain-language description, "
                    + "band, who holds decision power and the default decision rule.")
    public List<LadderView> ladders() {
        return ladders.ladders();
    }
}
