package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.ParticipationReport;
import org.coplan.web.manager.AuditFilters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GET /api/audit/participation and its CSV: the managers' participation audit, with the dashboard's filters. */
@Path("audit")
@RequestScoped
public class AuditResource {

    @Inject
    ParticipationAuditService audit;

    @GET
    @Path("participation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every participation measure for a filter",
            description = "Query parameters: team (id), serviceArea (ADULTS or CHILDREN), locality, ladder (id), from and to "
                    + "(yyyy-mm-dd; the last four calendar quarters when left out). For managers, within the service areas of "
                    + "their teams.")
    @APIResponse(responseCode = "400", description = "A filter that is not a number, a service area or a date")
    @APIResponse(responseCode = "404", description = "Not a manager, or a team or service area outside theirs")
    public ParticipationReport participation(@QueryParam("team") String team, @QueryParam("serviceArea") String serviceArea,
                                             @QueryParam("locality") String locality, @QueryParam("ladder") String ladder,
                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        return audit.report(AuditFilters.parse(team, serviceArea, locality, ladder, from, to));
    }

    @GET
    @Path("participation.csv")
    @Produces("text/csv")
    @Operation(summary = "The participation measures as CSV",
            description = "The same filters, and purpose (required): what the export is for, kept in the audit trail. Cells "
                    + "that begin with =, +, - or @ are neutralised.")
    @APIResponse(responseCode = "400", description = "No purpose given, or a filter that cannot be read")
    public Response participationCsv(@QueryParam("team") String team, @QueryParam("serviceArea") String serviceArea,
                                     @QueryParam("locality") String locality, @QueryParam("ladder") String ladder,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("purpose") String purpose) {
        String csv = audit.exportCsv(AuditFilters.parse(team, serviceArea, locality, ladder, from, to), purpose);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"participation-audit.csv\"").build();
    }
}
