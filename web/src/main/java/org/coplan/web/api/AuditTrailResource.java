package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.coplan.audit.AuditChain;
import org.coplan.audit.AuditTrailService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/audit-trail/check: whether the audit trail's hash chain is whole (administrators). */
@Path("audit-trail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    /**
     * What a check found: {@code intact}; how many links were checked and how many events the
     * first link covers; where the first broken link is ({@code brokenAtLink}, {@code eventId})
     * and what was wrong ({@code problem}); how many older events are not sealed yet; and when
     * the last link was sealed.
     */
    public record CheckJson(boolean intact, long links, long eventsBeforeChain, Long brokenAtLink, Long eventId, String problem,
                            long unsealed, Instant lastSealedAt) {

        static CheckJson of(AuditChain.Check c) {
            return new CheckJson(c.intact(), c.links(), c.eventsBeforeChain(), c.brokenAt(), c.eventId(),
                    c.problem() == null ? null : c.problem().name(), c.unsealed(), c.lastSealedAt());
        }
    }

    @Inject
    AuditTrailService trail;

    @GET
    @Path("check")
    @Operation(summary = "Check the audit trail's hash chain",
            description = "Seals what is waiting, then walks the chain from its first link. intact is false at the first "
                    + "broken link, named by brokenAtLink and eventId, with problem EVENT_CHANGED, EVENT_MISSING, LINK_MISSING, "
                    + "LINK_CHANGED, START_CHANGED or NO_CHAIN. Administrators only.")
    public CheckJson check() {
        return CheckJson.of(trail.check());
    }
}
