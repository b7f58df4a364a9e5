package org.coplan.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.PlanSummary;
import org.coplan.supportplan.PlanViews;
import org.coplan.supportplan.PlanViews.VersionSummary;
import org.coplan.supportplan.SignOffRule;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.web.Jsons;

/** Support plans as the API shows them. Sections are the same JSON the PUT of a section takes. */
public final class PlanJson {

    private PlanJson() {
    }

    public record Plan(long id, long personId, String personName, PlanStatus status, long ladderId, String ladder,
                       LocalDate nextReviewDue, boolean reviewOverdue, int currentVersion, String closedReason,
                       Version version, List<PlanViews.ReviewView> reviews, List<PlanViews.MeasureView> measures,
                       List<PlanViews.ConsentView> consents) {

        static Plan of(PlanViews.PlanView view) {
            PlanSummary p = view.plan();
            return new Plan(p.id(), p.personId(), p.personName(), p.status(), p.ladderId(), p.ladderName(), p.nextReviewDue(),
                    p.reviewOverdue(), p.currentVersionNo(), p.closedReason(), Version.of(view.version()), view.reviews(),
                    view.measures(), view.consents());
        }
    }

    public record Version(int number, PlanStatus status, Integer basedOn, long revision, String etag, String lastSavedBy,
                          Instant lastSavedAt, LocalDate agreedOn, String agreedBy, JsonObject sections,
                          List<PlanViews.SignOffView> signOffs, Set<SignOffRule.Needed> stillNeeded) {

        static Version of(PlanViews.VersionView v) {
            VersionSummary m = v.version();
            return new Version(m.number(), m.status(), m.basedOnNo(), m.revision(), PlanJson.etag(m), m.lastSavedBy(), m.lastSavedAt(),
                    m.agreedOn(), m.agreedBy(), sectionsJson(v.sections()), v.signOffs(), v.stillNeeded());
        }
    }

    /**
     * A plan as a family user reads it: the version in force and only the sections their link
     * allows (each section's JSON, keyed by its name, as staff see it).
     */
    public record PortalPlan(long id, String personName, PlanStatus status, LocalDate nextReviewDue, int versionNumber,
                             PlanStatus versionStatus, LocalDate agreedOn, JsonObject sections) {

        static PortalPlan of(PlanViews.PortalPlanView view) {
            return new PortalPlan(view.planId(), view.personName(), view.status(), view.nextReviewDue(), view.versionNo(),
                    view.versionStatus(), view.agreedOn(), sectionsJson(view.sections()));
        }
    }

    static JsonObject sectionsJson(List<PlanViews.SectionView> views) {
        JsonObjectBuilder sections = Jsons.JSON.createObjectBuilder();
        for (PlanViews.SectionView s : views) {
            try (var reader = Jsons.JSON.createReader(new StringReader(SectionJson.write(s.section())))) {
                sections.add(s.key().path(), reader.readObject());
            }
        }
        return sections.build();
    }

    /** 200 with the plan and, as its ETag, the tag to send back when saving a section. */
    static jakarta.ws.rs.core.Response ok(PlanViews.PlanView view) {
        return jakarta.ws.rs.core.Response.ok(Plan.of(view))
                .tag(new jakarta.ws.rs.core.EntityTag(etag(view.version().version()))).build();
    }

    /** The entity tag of a version at one revision: both numbers, so a tag never matches another version. */
    static String etag(VersionSummary v) {
        return v.number() + "-" + v.revision();
    }
}
