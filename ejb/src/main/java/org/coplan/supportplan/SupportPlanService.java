package org.coplan.supportplan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.audit.RecordId;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.Person;
import org.coplan.participation.LadderService;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;
import org.coplan.supportplan.PlanViews.AwaitingSignOff;
import org.coplan.supportplan.PlanViews.Comparison;
import org.coplan.supportplan.PlanViews.ConsentView;
import org.coplan.supportplan.PlanViews.MeasureView;
import org.coplan.supportplan.PlanViews.PlanRights;
import org.coplan.supportplan.PlanViews.PlanView;
import org.coplan.supportplan.PlanViews.ReviewView;
import org.coplan.supportplan.PlanViews.SectionComparison;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.PlanViews.SignOffView;
import org.coplan.supportplan.PlanViews.VersionSummary;
import org.coplan.supportplan.PlanViews.VersionView;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.PlanContent;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionKey;

/**
 * The only way in to support plans. Every method finds the plan first, checks the caller's
 * right to that plan (staff of the person's team; changes by practitioners), and is audited.
 * A plan that does not exist and a plan the caller may not see give the same answer.
 */
@Stateless
public class SupportPlanService {

    @Inject
    SupportPlanRepository plans;

    @Inject
    Callers callers;

    @Inject
    PlanPolicy policy;

    @Inject
    LadderService ladders;

    // ---- caseload ------------------------------------------------------------------------

    /** The people allocated to the caller's teams, with their current plan; only overdue reviews when asked. */
    @Audited(action = "caseload.search", recordType = "Caseload")
    public Page<CaseloadEntry> caseload(PageRequest page, CaseloadOrder order, CaseloadSearch search, boolean overdueOnly) {
        CurrentUser me = callers.current();
        return plans.caseload(me.caseloadTeamIds(), page, order == null ? CaseloadOrder.NAME : order,
                search == null ? CaseloadSearch.EVERYONE : search, overdueOnly ? CouncilTime.today() : null);
    }

    /** Drafts in the caller's teams that wait only for a manager's sign-off the council requires. */
    @Audited(action = "plans.awaiting-sign-off.view", recordType = "Caseload")
    public List<AwaitingSignOff> awaitingManagerSignOff() {
        CurrentUser me = callers.current();
        if (!me.has(org.coplan.security.Role.MANAGER)) {
            return List.of();
        }
        LocalDate today = CouncilTime.today();
        return plans.draftsAwaitingManager(me.teamIds()).stream()
                .filter(v -> policy.managerSignOffRequired(v.plan().person().isChildOn(today)))
                .map(v -> new AwaitingSignOff(v.plan().id(), name(v.plan().person()), v.plan().person().team().name(),
                        v.number(), v.lastSavedAt()))
                .toList();
    }

    // ---- reading -------------------------------------------------------------------------

    @Audited(action = "plan.view", recordType = "SupportPlan")
    public PlanSummary plan(@RecordId long planId) {
        return summary(visible(planId));
    }

    /** The plans of one person: not found for a person the caller may not see (or who does not exist). */
    @Audited(action = "plans.view", recordType = "Person")
    public List<PlanSummary> plansOfPerson(@RecordId long personId) {
        CurrentUser me = callers.current();
        Person person = plans.person(personId).filter(p -> me.mayViewPeopleOfTeam(p.team().id()))
                .orElseThrow(() -> new RecordNotFoundException("Person", personId));
        return plans.plansOfPerson(person.id()).stream().map(this::summary).toList();
    }

    /** A person's current plan as the plan page shows it. */
    @Audited(action = "plan.view", recordType = "Person")
    public PlanView currentPlanOf(@RecordId long personId) {
        CurrentUser me = callers.current();
        SupportPlan plan = plans.currentPlanOf(personId).filter(p -> PlanAccess.mayView(me, p))
                .orElseThrow(() -> new RecordNotFoundException("Person", personId));
        AuditNote.current().detail("SupportPlan " + plan.id());
        return view(me, plan, null);
    }

    /** A plan as the plan page shows it, at one version (the current one when none is asked for). */
    @Audited(action = "plan.view", recordType = "SupportPlan")
    public PlanView planView(@RecordId long planId, Integer versionNo) {
        CurrentUser me = callers.current();
        return view(me, visible(me, planId), versionNo);
    }

    @Audited(action = "plan.versions.view", recordType = "SupportPlan")
    public List<VersionSummary> versions(@RecordId long planId) {
        visible(planId);
        return plans.versions(planId).stream().map(VersionSummary::of).toList();
    }

    @Audited(action = "plan.version.view", recordType = "SupportPlan")
    public VersionView version(@RecordId long planId, int versionNo) {
        CurrentUser me = callers.current();
        SupportPlan plan = visible(me, planId);
        PlanVersion version = versionOf(plan, versionNo);
        return versionView(me, plan, version);
    }

    /** Two versions side by side: every change, and who last changed each section of the later one, and when. */
    @Audited(action = "plan.compare", recordType = "SupportPlan")
    public Comparison compare(@RecordId long planId, int fromNo, int toNo) {
        SupportPlan plan = visible(planId);
        PlanVersion from = versionOf(plan, fromNo);
        PlanVersion to = versionOf(plan, toNo);
        AuditNote.current().detail("versions " + fromNo + " and " + toNo);
        Map<Long, Map<SectionKey, SectionRecord>> records = plans.sections(List.of(from.id(), to.id())).stream()
                .collect(Collectors.groupingBy(r -> r.version().id(),
                        Collectors.toMap(SectionRecord::key, Function.identity())));
        PlanContent before = content(records.getOrDefault(from.id(), Map.of()));
        PlanContent after = content(records.getOrDefault(to.id(), Map.of()));
        Map<SectionKey, SectionRecord> laterRecords = records.getOrDefault(to.id(), Map.of());
        List<SectionComparison> sections = new ArrayList<>();
        before.changesTo(after).forEach((key, changes) -> {
            SectionRecord r = laterRecords.get(key);
            sections.add(new SectionComparison(key, changes, r == null ? null : r.changedBy(), r == null ? null : r.changedAt()));
        });
        return new Comparison(summary(plan), VersionSummary.of(from), VersionSummary.of(to), sections);
    }

    /** The outcome categories a plan's outcomes can be tagged with (reference data for the plan's person). */
    @NotAudited("returns reference data only, after checking the caller may see the plan")
    public List<OutcomeCategory> outcomeCategories(long planId) {
        SupportPlan plan = visible(planId);
        return plans.outcomeCategories(plan.person().isChildOn(CouncilTime.today()));
    }

    @Audited(action = "review.view", recordType = "PlanReview")
    public ReviewView review(@RecordId long reviewId) {
        CurrentUser me = callers.current();
        PlanReview review = plans.review(reviewId).filter(r -> PlanAccess.mayView(me, r.plan()))
                .orElseThrow(() -> new RecordNotFoundException("PlanReview", reviewId));
        AuditNote.current().detail("SupportPlan " + review.plan().id());
        return ReviewView.of(review);
    }

    // ---- changing ------------------------------------------------------------------------

    /** Starts a plan for a person who has none open: an empty first draft on their service's default ladder. */
    @Audited(action = "plan.start", recordType = "Person")
    public long startPlan(@RecordId long personId) {
        CurrentUser me = callers.current();
        Person person = plans.person(personId).filter(p -> PlanAccess.mayEdit(me, p.team().id()))
                .orElseThrow(() -> new RecordNotFoundException("Person", personId));
        plans.currentPlanOf(personId).ifPresent(SupportPlan::replacedByNewPlan);
        plans.flush(); // the old plan lets go of "current" before the new one takes it (a unique column)
        Instant now = Instant.now();
        SupportPlan plan = new SupportPlan(person, ladders.defaultLadderEntity(person.team().serviceArea()), now);
        plans.add(plan);
        PlanVersion draft = plan.firstDraft(me.displayName(), now);
        plans.add(draft);
        for (SectionKey key : SectionKey.values()) {
            plans.add(new SectionRecord(draft, PlanSection.empty(key), me.displayName(), now));
        }
        plans.flush();
        AuditNote.current().detail("SupportPlan " + plan.id());
        return plan.id();
    }

    /**
     * Saves one section of the current draft, made against the revision the caller read. A
     * revision someone else has saved since is refused with their name; nothing is overwritten.
     *
     * @return the draft's new revision
     */
    @Audited(action = "plan.section.save", recordType = "SupportPlan")
    public long saveSection(@RecordId long planId, int versionNo, long expectedRevision, PlanSection section) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        PlanVersion version = versionOf(plan, versionNo);
        AuditNote.current().detail(section.key().path() + " of version " + versionNo);
        version.checkEditable(expectedRevision);
        PlanSection clean = section.normalised();
        Map<SectionKey, SectionRecord> records = plans.sections(List.of(version.id())).stream()
                .collect(Collectors.toMap(SectionRecord::key, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>(content(records).problemsWith(clean));
        if (clean instanceof Outcomes outcomes) {
            problems.addAll(unknownCategories(plan, outcomes));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = Instant.now();
        SectionRecord record = records.get(clean.key());
        if (record == null) {
            plans.add(new SectionRecord(version, clean, me.displayName(), now));
        } else {
            record.replace(clean, me.displayName(), now);
        }
        version.saved(me.displayName(), now);
        flushOrStale();
        return version.revision();
    }

    /** Records a sign-off of the current draft, given on the revision the caller has in front of them. */
    @Audited(action = "plan.sign-off", recordType = "SupportPlan")
    public void recordSignOff(@RecordId long planId, int versionNo, long expectedRevision, SignOffDraft draft) {
        CurrentUser me = callers.current();
        SupportPlan plan = visible(me, planId);
        plan.checkOpen();
        boolean asManager = draft != null && draft.signer() == Signer.MANAGER;
        if (asManager ? !PlanAccess.maySignAsManager(me, plan) : !PlanAccess.mayEdit(me, plan.person().team().id())) {
            throw new BusinessException("signer", asManager
                    ? "Only a manager of the person's team can record a manager's sign-off."
                    : "Only a practitioner of the person's team can record this sign-off.");
        }
        InvalidInputException.throwIfAny(draft == null ? List.of(new FieldProblem("signer", "Choose who is signing."))
                : draft.problems(CouncilTime.today()));
        PlanVersion version = versionOf(plan, versionNo);
        version.checkEditable(expectedRevision);
        plans.add(new SignOff(version, draft, me.username(), Instant.now()));
        AuditNote.current().detail(draft.signer() + " for version " + versionNo);
    }

    /** Agrees the current draft once everyone who must has signed it; the version it replaces is superseded. */
    @Audited(action = "plan.agree", recordType = "SupportPlan")
    public void agree(@RecordId long planId, int versionNo, long expectedRevision) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        List<PlanVersion> versions = plans.versions(planId);
        PlanVersion draft = versions.stream().filter(v -> v.number() == versionNo).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", planId));
        draft.checkEditable(expectedRevision);
        Map<SectionKey, SectionRecord> records = plans.sections(List.of(draft.id())).stream()
                .collect(Collectors.toMap(SectionRecord::key, Function.identity()));
        InvalidInputException.throwIfAny(content(records).readinessProblems());
        LocalDate today = CouncilTime.today();
        boolean child = plan.person().isChildOn(today);
        Set<SignOffRule.Needed> missing = SignOffRule.missing(plans.signOffs(draft.id()), draft.revision(),
                policy.managerSignOffRequired(child));
        PlanVersion replaced = versions.stream()
                .filter(v -> v.status() == PlanStatus.AGREED || v.status() == PlanStatus.UNDER_REVIEW)
                .findFirst().orElse(null);
        plan.agree(draft, replaced, missing, today, policy.schedule().nextAfter(today, child), me.username(), Instant.now());
        AuditNote.current().detail("version " + versionNo);
        flushOrStale();
    }

    /**
     * Records a review. When the current version is agreed, the review starts a new draft from
     * it; the next review date follows from the review (the council's default when none is given).
     */
    @Audited(action = "review.record", recordType = "SupportPlan")
    public long recordReview(@RecordId long planId, ReviewDraft draft) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        LocalDate today = CouncilTime.today();
        InvalidInputException.throwIfAny(draft.problems(today));
        boolean child = plan.person().isChildOn(today);
        LocalDate next = draft.nextReviewDue() != null ? draft.nextReviewDue()
                : policy.schedule().nextAfter(draft.heldOn(), child);
        List<PlanVersion> versions = plans.versions(planId);
        PlanVersion current = versions.get(versions.size() - 1);
        Instant now = Instant.now();
        int reviewed = versions.stream().filter(v -> v.status() == PlanStatus.AGREED || v.status() == PlanStatus.UNDER_REVIEW)
                .mapToInt(PlanVersion::number).max().orElse(current.number());
        if (current.status() == PlanStatus.AGREED) {
            PlanVersion draftVersion = plan.startNewDraft(current, me.displayName(), now);
            plans.add(draftVersion);
            for (SectionRecord r : plans.sections(List.of(current.id()))) {
                plans.add(r.copyInto(draftVersion));
            }
        }
        plan.reviewHeld(next);
        PlanReview review = new PlanReview(plan, draft, next, reviewed, me.username(), now);
        plans.add(review);
        flushOrStale();
        AuditNote.current().detail("PlanReview " + review.id());
        return review.id();
    }

    @Audited(action = "measure.record", recordType = "SupportPlan")
    public void recordMeasure(@RecordId long planId, MeasureDraft draft) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        PlanVersion current = versionOf(plan, plan.currentVersionNo());
        Set<String> outcomes = content(plans.sections(List.of(current.id())).stream()
                .collect(Collectors.toMap(SectionRecord::key, Function.identity()))).outcomes().keys();
        InvalidInputException.throwIfAny(draft.problems(outcomes, CouncilTime.today()));
        plans.add(new Measure(plan, draft, me.username(), Instant.now()));
    }

    @Audited(action = "consent.record", recordType = "SupportPlan")
    public long recordConsent(@RecordId long planId, ConsentDraft draft) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        InvalidInputException.throwIfAny(draft.problems(CouncilTime.today()));
        Consent consent = new Consent(plan, draft, me.username(), Instant.now());
        plans.add(consent);
        plans.flush();
        AuditNote.current().detail(draft.purpose() + " consent " + consent.id());
        return consent.id();
    }

    /** Withdraws a consent. It takes effect with this transaction: anything that reads consent afterwards sees it gone. */
    @Audited(action = "consent.withdraw", recordType = "SupportPlan")
    public void withdrawConsent(@RecordId long planId, long consentId, String note) {
        CurrentUser me = callers.current();
        SupportPlan plan = visible(me, planId);
        if (!PlanAccess.mayEdit(me, plan.person().team().id())) {
            throw new RecordNotFoundException("SupportPlan", planId);
        }
        Consent consent = plans.find(Consent.class, consentId);
        if (consent == null || !consent.plan().id().equals(plan.id())) {
            throw new RecordNotFoundException("Consent", consentId);
        }
        if (note != null && note.length() > 1000) {
            throw new BusinessException("note", "The note is too long: at most 1000 characters.");
        }
        consent.withdraw(me.username(), note, Instant.now());
        AuditNote.current().detail(consent.purpose() + " consent " + consentId);
    }

    @Audited(action = "plan.close", recordType = "SupportPlan")
    public void close(@RecordId long planId, String reason) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        plan.close(plans.versions(planId), reason, Instant.now());
        flushOrStale();
    }

    // ---- helpers -------------------------------------------------------------------------

    private SupportPlan visible(long planId) {
        return visible(callers.current(), planId);
    }

    private SupportPlan visible(CurrentUser me, long planId) {
        return plans.findWithPersonAndLadder(planId).filter(p -> PlanAccess.mayView(me, p))
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", planId));
    }

    /** A plan the caller may change: practitioners of the person's team, and only while the plan is open. */
    private SupportPlan editable(CurrentUser me, long planId) {
        SupportPlan plan = visible(me, planId);
        if (!PlanAccess.mayEdit(me, plan.person().team().id())) {
            // Seeing a plan is not the right to change it: a manager reads and signs, a practitioner writes.
            throw new BusinessException("Only a practitioner of " + plan.person().givenName() + "'s team can change this plan.");
        }
        plan.checkOpen();
        return plan;
    }

    private PlanVersion versionOf(SupportPlan plan, int versionNo) {
        return plans.versions(plan.id()).stream().filter(v -> v.number() == versionNo).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", plan.id()));
    }

    private void flushOrStale() {
        try {
            plans.flush();
        } catch (OptimisticLockException raced) {
            throw new StaleEditException("someone else, a moment ago");
        }
    }

    private List<FieldProblem> unknownCategories(SupportPlan plan, Outcomes outcomes) {
        Set<String> known = plans.outcomeCategories(plan.person().isChildOn(CouncilTime.today())).stream()
                .map(c -> c.framework() + "/" + c.code()).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < outcomes.items().size(); i++) {
            Outcomes.Outcome o = outcomes.items().get(i);
            if (!o.category().isEmpty() && !known.contains(o.framework() + "/" + o.category())) {
                problems.add(new FieldProblem("items[" + i + "].category",
                        "Outcome " + (i + 1) + ": '" + o.category() + "' is not a category of the outcome frameworks for this plan."));
            }
        }
        return problems;
    }

    private static PlanContent content(Map<SectionKey, SectionRecord> records) {
        Map<SectionKey, PlanSection> sections = new EnumMap<>(SectionKey.class);
        records.forEach((k, r) -> sections.put(k, r.section()));
        return new PlanContent(sections);
    }

    private PlanView view(CurrentUser me, SupportPlan plan, Integer versionNo) {
        List<PlanVersion> versions = plans.versions(plan.id());
        int wanted = versionNo == null ? plan.currentVersionNo() : versionNo;
        PlanVersion version = versions.stream().filter(v -> v.number() == wanted).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", plan.id()));
        LocalDate today = CouncilTime.today();
        PlanRights rights = new PlanRights(PlanAccess.mayEdit(me, plan.person().team().id()) && plan.status() != PlanStatus.CLOSED,
                PlanAccess.maySignAsManager(me, plan), policy.managerSignOffRequired(plan.person().isChildOn(today)));
        return new PlanView(summary(plan), versionView(me, plan, version),
                versions.stream().map(VersionSummary::of).toList(),
                plans.reviews(plan.id()).stream().map(ReviewView::of).toList(),
                plans.measures(plan.id()).stream().map(m -> new MeasureView(m.outcomeKey(), m.takenOn(), m.score(), m.note(),
                        m.recordedBy())).toList(),
                plans.consents(plan.id()).stream().map(ConsentView::of).toList(),
                rights);
    }

    private VersionView versionView(CurrentUser me, SupportPlan plan, PlanVersion version) {
        Map<SectionKey, SectionRecord> records = plans.sections(List.of(version.id())).stream()
                .collect(Collectors.toMap(SectionRecord::key, Function.identity()));
        PlanContent content = content(records);
        List<SectionView> sections = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            SectionRecord r = records.get(key);
            sections.add(new SectionView(key, content.get(key), r == null ? null : r.changedBy(), r == null ? null : r.changedAt()));
        }
        List<SignOff> signOffs = plans.signOffs(version.id());
        boolean child = plan.person().isChildOn(CouncilTime.today());
        boolean draft = version.status() == PlanStatus.DRAFT;
        return new VersionView(plan.id(), VersionSummary.of(version), sections,
                signOffs.stream().map(s -> new SignOffView(s.id(), s.signer(), s.signerName(), s.signedOn(), s.howGiven(),
                        s.atRevision() == version.revision(), s.recordedBy())).toList(),
                draft ? SignOffRule.missing(signOffs, version.revision(), policy.managerSignOffRequired(child)) : Set.of(),
                draft ? content.readinessProblems().stream().map(FieldProblem::message).toList() : List.of(),
                draft && PlanAccess.mayEdit(me, plan.person().team().id()) && plan.status() != PlanStatus.CLOSED);
    }

    private PlanSummary summary(SupportPlan p) {
        LocalDate today = CouncilTime.today();
        LocalDate due = p.nextReviewDue();
        return new PlanSummary(p.id(), p.person().id(), name(p.person()), p.status(), p.ladder().id(), p.ladder().name(),
                due, due != null && p.status() != PlanStatus.CLOSED && due.isBefore(today), p.currentVersionNo(),
                p.person().isChildOn(today), p.closedReason());
    }

    private static String name(Person person) {
        return person.givenName() + " " + person.familyName();
    }
}
