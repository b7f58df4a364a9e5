package org.coplan.supportplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.shared.CommunityOffers;
import java.util.Set;
import org.coplan.supportplan.sections.Change;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionKey;

/** What the plan service hands to screens and the API: read-only pictures of a plan, never entities. */
public final class PlanViews {

    private PlanViews() {
    }

    public record VersionSummary(int number, PlanStatus status, Integer basedOnNo, String createdBy, Instant createdAt,
                                 String lastSavedBy, Instant lastSavedAt, LocalDate agreedOn, String agreedBy,
                                 long revision) {

        static VersionSummary of(PlanVersion v) {
            return new VersionSummary(v.number(), v.status(), v.basedOnNo(), v.createdBy(), v.createdAt(), v.lastSavedBy(),
                    v.lastSavedAt(), v.agreedOn(), v.agreedBy(), v.revision());
        }
    }

    public record SectionView(SectionKey key, PlanSection section, String changedBy, Instant changedAt) {
    }

    public record SignOffView(long id, Signer signer, String name, LocalDate signedOn, HowGiven how, boolean forThisRevision,
                              String recordedBy) {
    }

    /** One version with its sections, its sign-offs, and what it still needs before it can be agreed. */
    public record VersionView(long planId, VersionSummary version, List<SectionView> sections, List<SignOffView> signOffs,
                              Set<SignOffRule.Needed> stillNeeded, List<String> notReady, boolean editable,
                              Map<Long, CommunityOffers.OfferRef> offers) {

        public SectionView section(SectionKey key) {
            return sections.stream().filter(s -> s.key() == key).findFirst().orElseThrow();
        }
    }

    public record ReviewView(long id, long planId, LocalDate heldOn, String attendees, Chaired chaired, String working,
                             String notWorking, String ownWords, String disagreements, LocalDate nextReviewDue,
                             int reviewedVersionNo, String recordedBy) {

        static ReviewView of(PlanReview r) {
            return new ReviewView(r.id(), r.plan().id(), r.heldOn(), r.attendees(), r.chaired(), r.working(), r.notWorking(),
                    r.ownWords(), r.disagreements(), r.nextReviewDue(), r.reviewedVersionNo(), r.recordedBy());
        }
    }

    public record MeasureView(String outcomeKey, LocalDate takenOn, int score, String note, String recordedBy) {
    }

    public record ConsentView(long id, ConsentPurpose purpose, String agency, String givenBy, LocalDate givenOn, HowGiven how,
                              Instant withdrawnAt, String withdrawnBy, String withdrawalNote) {

        public boolean active() {
            return withdrawnAt == null;
        }

        static ConsentView of(Consent c) {
            return new ConsentView(c.id(), c.purpose(), c.agency(), c.givenBy(), c.givenOn(), c.howGiven(), c.withdrawnAt(),
                    c.withdrawnBy(), c.withdrawalNote());
        }
    }

    /** What the caller may do with this plan, so screens offer only what will work. */
    public record PlanRights(boolean mayEdit, boolean maySignAsManager, boolean managerSignOffRequired) {
    }

    /** Everything the plan page shows, read in a fixed number of statements. */
    public record PlanView(PlanSummary plan, VersionView version, List<VersionSummary> versions, List<ReviewView> reviews,
                           List<MeasureView> measures, List<ConsentView> consents, PlanRights rights) {
    }

    public record SectionComparison(SectionKey key, List<Change> changes, String changedBy, Instant changedAt) {
    }

    /** Two versions side by side: what changed in each section, and who last changed it in the later one. */
    public record Comparison(PlanSummary plan, VersionSummary from, VersionSummary to, List<SectionComparison> sections) {
    }

    /** A draft waiting for a manager's sign-off. */
    public record AwaitingSignOff(long planId, String personName, String teamName, int versionNo, Instant lastSavedAt) {
    }

    /**
     * A plan as a family user sees it through the portal: the version in force (the latest
     * agreed one, or the draft while there is none yet) with only the sections their link allows.
     */
    public record PortalPlanView(long planId, String personName, PlanStatus status, LocalDate nextReviewDue, int versionNo,
                                 PlanStatus versionStatus, LocalDate agreedOn, List<SectionView> sections,
                                 Map<Long, CommunityOffers.OfferRef> offers, List<OutcomeCategory> categories, long ladderId,
                                 List<Long> reviewIds, Instant lastLooked, List<SectionView> changedSince,
                                 List<LocalDate> reviewsSince) {

        /** Whether anything shown changed since the user last looked (false on a first look). */
        public boolean changed() {
            return lastLooked != null && !changedSince.isEmpty();
        }
    }

    /** A plan in a family user's list of plans. */
    public record PortalPlanSummary(long planId, String personName, PlanStatus status, LocalDate nextReviewDue) {
    }

    /** Something a family user said through the portal, and what became of it. */
    public record SayView(long id, PortalSay.Kind kind, org.coplan.supportplan.sections.SectionKey section, String words,
                          String userName, Instant saidAt, PortalSay.Status status, String decidedBy, Instant decidedAt,
                          String decisionNote) {

        static SayView of(PortalSay s) {
            return new SayView(s.id(), s.kind(), s.section(), s.words(), s.userName(), s.saidAt(), s.status(), s.decidedBy(),
                    s.decidedAt(), s.decisionNote());
        }
    }
}
