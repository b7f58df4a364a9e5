package org.coplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.PeopleService;
import org.coplan.people.PersonDetails;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.subjectaccess.Disclosure;
import org.coplan.subjectaccess.SubjectAccessService;
import org.coplan.supportplan.CaseloadEntry;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.PlanSummary;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.web.manager.SubjectAccessFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GET /api/people and /api/people/{id}: the caller's caseload, one person, and a manager's subject access copy. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    /** The total number of rows across all pages of a list answer. */
    public static final String TOTAL_HEADER = "X-Total-Count";

    public record CaseloadJson(long id, String name, String reference, LocalDate dateOfBirth, int age, String team,
                               LocalDate nextReviewDue, boolean reviewOverdue, Long planId, PlanStatus planStatus) {
    }

    public record PersonJson(long id, String name, String reference, String preferredName, LocalDate dateOfBirth,
                             int age, boolean child, long teamId, String team, String serviceArea, String locality,
                             LocalDate nextReviewDue, boolean reviewOverdue) {
    }

    @Inject
    PeopleService people;

    @Inject
    SupportPlanService plans;

    @Inject
    SubjectAccessService subjectAccess;

    @GET
    @Path("{id}/subject-access")
    @Operation(summary = "Everything CoPlan holds about one person (subject access)",
            description = "For a manager of the person's team: the person, every support plan with all its versions, sections, "
                    + "sign-offs, reviews, decisions with every version and rating, measures, consents, portal activity and links, "
                    + "subject access requests, and every audit event about these records. Other people's names are replaced by "
                    + "[Third party N]; staff names are kept. An open request for the person is marked as produced. "
                    + "404 when the person does not exist or the caller is not a manager of their team.")
    @APIResponse(responseCode = "200", description = "The copy")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public Response subjectAccess(@PathParam("id") String id) {
        Disclosure copy = subjectAccess.disclose(PlanResource.id(id, "Person"));
        return Response.ok(SubjectAccessFiles.json(copy)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/plans")
    @Operation(summary = "A person's support plans", description = "404 when the person does not exist or the caller may not see them.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public List<PlanSummary> plans(@PathParam("id") String id) {
        return plans.plansOfPerson(PlanResource.id(id, "Person"));
    }

    @GET
    @Path("{id}/plan")
    @Operation(summary = "A person's current support plan",
            description = "The plan at its current version; the ETag header is the tag to send as If-Match when saving "
                    + "a section. 404 when the person does not exist, has no plan, or the caller may not see them.")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public Response currentPlan(@PathParam("id") String id) {
        return PlanJson.ok(plans.currentPlanOf(PlanResource.id(id, "Person")));
    }

    @GET
    @Operation(summary = "My caseload",
            description = "The people allocated to the caller's teams, by family name, one page at a time. "
                    + "page counts from 0; size is 1 to 200; q searches by part of a name or reference, or a date "
                    + "of birth (28/11/2015 or 2015-11-28). The total is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "A JSON array of people",
            headers = @Header(name = TOTAL_HEADER, description = "rows across all pages"))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Response caseload(@QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size,
                             @QueryParam("q") String search) {
        Page<CaseloadEntry> result = plans.caseload(PageRequest.ofPage(page, size), CaseloadOrder.NAME,
                CaseloadSearch.of(search), false);
        LocalDate today = CouncilTime.today();
        List<CaseloadJson> body = result.items().stream()
                .map(e -> new CaseloadJson(e.id(), e.name(), e.reference(), e.dateOfBirth(), e.ageOn(today),
                        e.teamName(), e.nextReviewDue(), e.reviewOverdueOn(today), e.planId(), e.planStatus()))
                .toList();
        return Response.ok(body).header(TOTAL_HEADER, result.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person", description = "404 when the person does not exist or the caller may not see them.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "Not found, or no access")
    public PersonJson person(@PathParam("id") String id) {
        long personId;
        try {
            personId = Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new RecordNotFoundException("Person", id);
        }
        PersonDetails p = people.person(personId);
        List<PlanSummary> personsPlans = plans.plansOfPerson(personId);
        PlanSummary current = personsPlans.isEmpty() ? null : personsPlans.get(personsPlans.size() - 1);
        return new PersonJson(p.id(), p.name(), p.reference(), p.preferredName(), p.dateOfBirth(), p.age(), p.child(),
                p.teamId(), p.teamName(), p.serviceArea(), p.locality(), current == null ? null : current.nextReviewDue(),
                current != null && current.reviewOverdue());
    }
}
