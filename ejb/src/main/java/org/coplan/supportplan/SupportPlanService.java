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
import java.util.Optional;
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
import org.coplan.security.Role;
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
import org.coplan.shared.CommunityOffers;
import org.coplan.shared.PortalLinks;
import org.coplan.shared.ServiceArea;
import org.coplan.shared.Theme;
import org.coplan.supportplan.sections.AboutMe;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.PlanContent;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.Risks;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.supportplan.sections.Strengths;

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
    CommunityOffers communityOffers;

    @Inject
    PortalLinks portalLinks;

    @Inject
    PlanPolicy policy;

    @Inject
    LadderService ladders;

    @Inject
    jakarta.enterprise.event.Event<PlanChanged> changed;

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

    /**
     * The anonymised themes of a service area's plans, for co-design: only plans whose consent
     * to co-design themes stands, never a word from a plan, never a group under five people.
     * Staff who work with plans or projects may read them; family and partner users may not.
     */
    @Audited(action = "themes.view", recordType = "ServiceArea", purpose = "co-design")
    public List<Theme> anonymisedThemes(ServiceArea area) {
        CurrentUser me = callers.current();
        if (!(me.has(Role.FACILITATOR) || me.has(Role.MANAGER) || me.has(Role.PRACTITIONER))) {
            throw new RecordNotFoundException("ServiceArea", 0);
        }
        AuditNote.current().detail(String.valueOf(area));
        Map<Long, Map<SectionKey, PlanSection>> sections = new java.util.HashMap<>();
        Map<Long, Long> personOf = new java.util.HashMap<>();
        Map<Long, String> localityOf = new java.util.HashMap<>();
        for (Object[] row : plans.themeSections(area, CouncilTime.today())) {
            SectionRecord r = (SectionRecord) row[0];
            long versionId = r.version().id();
            sections.computeIfAbsent(versionId, v -> new EnumMap<>(SectionKey.class)).put(r.key(), r.section());
            personOf.put(versionId, (Long) row[1]);
            localityOf.put(versionId, (String) row[2]);
        }
        List<ThemeCounter.PlanForThemes> consenting = sections.entrySet().stream()
                .map(e -> new ThemeCounter.PlanForThemes(personOf.get(e.getKey()), localityOf.get(e.getKey()),
                        new PlanContent(e.getValue())))
                .toList();
        Map<String, String> names = plans.allOutcomeCategories().stream()
                .collect(Collectors.toMap(c -> c.framework() + "/" + c.code(), OutcomeCategory::name, (a, b) -> a));
        return ThemeCounter.themes(consenting, names);
    }

    /** How many open plans use each community offer: counts only, never which plans. */
    @NotAudited("counts of plans by offer; no plan or person is named or readable from it")
    public Map<Long, Long> offerUseCounts() {
        return plans.offerUseCounts();
    }

    // ---- the portal ----------------------------------------------------------------------

    /** The current plans of the people the caller is linked to through the portal; nothing without a link. */
    @Audited(action = "portal.plans.view", recordType = "SupportPlan", purpose = "portal")
    public List<PlanViews.PortalPlanSummary> portalPlans() {
        CurrentUser me = callers.current();
        List<PlanViews.PortalPlanSummary> mine = new ArrayList<>();
        for (Long personId : portalLinks.sectionsByPerson(me.id()).keySet()) {
            plans.currentPlanOf(personId).filter(p -> p.status() != PlanStatus.CLOSED).ifPresent(p -> mine.add(
                    new PlanViews.PortalPlanSummary(p.id(), name(p.person()), p.status(), p.nextReviewDue())));
        }
        mine.sort(java.util.Comparator.comparing(PlanViews.PortalPlanSummary::personName));
        return mine;
    }

    /**
     * A plan as a linked family user may see it: the person's current plan, only the sections
     * their link allows, of the version in force. Any other plan, an unlinked user and an ended
     * link all get "not found", audited as denied.
     */
    @Audited(action = "portal.plan.view", recordType = "SupportPlan", purpose = "portal")
    public PlanViews.PortalPlanView portalPlan(@RecordId long planId) {
        CurrentUser me = callers.current();
        SupportPlan plan = plans.findWithPersonAndLadder(planId)
                .filter(p -> p.status() != PlanStatus.CLOSED)
                .filter(SupportPlan::current)
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", planId));
        Set<String> allowed = portalLinks.sectionsByPerson(me.id()).getOrDefault(plan.person().id(), Set.of());
        if (allowed.isEmpty()) {
            throw new RecordNotFoundException("SupportPlan", planId);
        }
        List<PlanVersion> versions = plans.versions(planId);
        PlanVersion shown = versions.stream()
                .filter(v -> v.status() == PlanStatus.AGREED || v.status() == PlanStatus.UNDER_REVIEW)
                .reduce((a, b) -> b)
                .orElse(versions.get(versions.size() - 1));
        Map<SectionKey, SectionRecord> records = plans.sections(List.of(shown.id())).stream()
                .collect(Collectors.toMap(SectionRecord::key, Function.identity()));
        PlanContent content = content(records);
        List<SectionView> sections = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            if (allowed.contains(key.path())) {
                SectionRecord r = records.get(key);
                sections.add(new SectionView(key, content.get(key), r == null ? null : r.changedBy(), r == null ? null : r.changedAt()));
            }
        }
        Actions actions = content.actions();
        Map<Long, CommunityOffers.OfferRef> offers = !allowed.contains(SectionKey.ACTIONS.path()) || actions == null
                || actions.offerIds().isEmpty() ? Map.of() : communityOffers.find(actions.offerIds());
        AuditNote.current().detail("version " + shown.number() + ": " + String.join(",", new java.util.TreeSet<>(allowed)));
        // What changed since the last look, and why: the sections changed since then, and the reviews held since.
        Instant lastLooked = plans.lastLook(me.id(), planId).orElse(null);
        List<PlanReview> reviews = plans.reviews(planId);
        List<SectionView> changedSince = lastLooked == null ? List.of()
                : sections.stream().filter(s -> s.changedAt() != null && s.changedAt().isAfter(lastLooked)).toList();
        List<LocalDate> reviewsSince = lastLooked == null ? List.of()
                : reviews.stream().filter(r -> r.recordedAt().isAfter(lastLooked)).map(PlanReview::heldOn).toList();
        plans.look(me.id(), planId, Instant.now());
        return new PlanViews.PortalPlanView(plan.id(), name(plan.person()), plan.status(), plan.nextReviewDue(), shown.number(),
                shown.status(), shown.agreedOn(), sections, offers,
                plans.outcomeCategories(plan.person().isChildOn(CouncilTime.today())), plan.ladder().id(),
                reviews.stream().map(PlanReview::id).toList(), lastLooked, changedSince, reviewsSince);
    }

    /**
     * A linked family user has their say: their own words for About me, or agreement or
     * disagreement with a section their link lets them see.
     */
    @Audited(action = "portal.say", recordType = "SupportPlan", purpose = "portal")
    public long portalSay(@RecordId long planId, PortalSay.Kind kind, SectionKey section, String words) {
        CurrentUser me = callers.current();
        SupportPlan plan = linkedPlan(me, planId);
        if (section == null || !portalLinks.sectionsByPerson(me.id()).get(plan.person().id()).contains(section.path())) {
            throw new BusinessException("section", "Choose a part of the plan you can see.");
        }
        PortalSay say = new PortalSay(plan, me.id(), me.displayName(), kind, section, words, Instant.now());
        plans.add(say);
        plans.flush();
        AuditNote.current().detail(kind + " on " + section.path());
        return say.id();
    }

    /** What was said through the portal about a plan: all of it for the plan's staff, a family user's own for them. */
    @Audited(action = "plan.says.view", recordType = "SupportPlan", purpose = "portal")
    public List<PlanViews.SayView> says(@RecordId long planId) {
        CurrentUser me = callers.current();
        Optional<SupportPlan> staff = plans.findWithPersonAndLadder(planId).filter(p -> PlanAccess.mayView(me, p));
        if (staff.isPresent()) {
            return plans.says(planId).stream().map(PlanViews.SayView::of).toList();
        }
        linkedPlan(me, planId);
        return plans.says(planId).stream().filter(s -> s.userId() == me.id()).map(PlanViews.SayView::of).toList();
    }

    /**
     * A practitioner accepts a family user's own words into About me of the current draft, or
     * says why not. Accepted words are added to "what is important to me", marked as theirs.
     */
    @Audited(action = "plan.say.decide", recordType = "SupportPlan", purpose = "portal")
    public void decideOwnWords(@RecordId long planId, long sayId, boolean accept, String note) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        PortalSay say = plans.find(PortalSay.class, sayId);
        if (say == null || !say.plan().id().equals(plan.id()) || say.kind() != PortalSay.Kind.OWN_WORDS) {
            throw new RecordNotFoundException("PortalSay", sayId);
        }
        Instant now = Instant.now();
        if (accept) {
            PlanVersion current = versionOf(plan, plan.currentVersionNo());
            if (current.status() != PlanStatus.DRAFT) {
                throw new BusinessException("The plan is agreed and cannot change now. Record a review to start a new draft, then "
                        + "accept the words into it.");
            }
            Map<SectionKey, SectionRecord> records = plans.sections(List.of(current.id())).stream()
                    .collect(Collectors.toMap(SectionRecord::key, Function.identity()));
            AboutMe about = records.containsKey(SectionKey.ABOUT_ME) ? (AboutMe) records.get(SectionKey.ABOUT_ME).section()
                    : (AboutMe) PlanSection.empty(SectionKey.ABOUT_ME);
            String added = "In " + say.userName() + "'s own words: " + say.words();
            String important = about.importantToMe() == null || about.importantToMe().isBlank() ? added
                    : about.importantToMe() + "\n\n" + added;
            AboutMe updated = new AboutMe(important, about.admiredFor(), about.howToSupport(), about.writtenBy());
            InvalidInputException.throwIfAny(updated.normalised().problems());
            SectionRecord record = records.get(SectionKey.ABOUT_ME);
            if (record == null) {
                plans.add(new SectionRecord(current, updated.normalised(), me.displayName(), now));
            } else {
                record.replace(updated.normalised(), me.displayName(), now);
            }
            current.saved(me.displayName(), now);
        }
        say.decide(accept, me.username(), note, now);
        AuditNote.current().detail((accept ? "accepted" : "not accepted") + " PortalSay " + sayId);
        flushOrStale();
        changed(plan);
    }

    /** The person's current plan, for a family user whose link to the person stands; "not found" for anyone else. */
    private SupportPlan linkedPlan(CurrentUser me, long planId) {
        return plans.findWithPersonAndLadder(planId)
                .filter(SupportPlan::current)
                .filter(p -> p.status() != PlanStatus.CLOSED)
                .filter(p -> portalLinks.sectionsByPerson(me.id()).containsKey(p.person().id()))
                .orElseThrow(() -> new RecordNotFoundException("SupportPlan", planId));
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
        changed(plan);
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
        Map<Long, CommunityOffers.OfferRef> offers = Map.of();
        if (clean instanceof Actions actions && !actions.offerIds().isEmpty()) {
            offers = communityOffers.find(actions.offerIds());
            clean = withOfferNames(actions, offers);
        }
        List<FieldProblem> problems = new ArrayList<>(content(records).problemsWith(clean));
        problems.addAll(unknownCategories(plan, clean));
        if (clean instanceof Actions actions) {
            SectionRecord before = records.get(SectionKey.ACTIONS);
            problems.addAll(unusableOffers(plan, actions, offers,
                    before == null ? Set.of() : ((Actions) before.section()).offerIds()));
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
        if (clean instanceof Actions actions) {
            plans.replaceOfferUses(version.id(), actions.offerIds());
        }
        changed(plan);
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
        changed(plan);
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
        changed(plan);
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
            flushOrStale();
            plans.copyOfferUses(current.id(), draftVersion.id());
        }
        plan.reviewHeld(next);
        PlanReview review = new PlanReview(plan, draft, next, reviewed, me.username(), now);
        plans.add(review);
        flushOrStale();
        AuditNote.current().detail("PlanReview " + review.id());
        changed(plan);
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
        changed(plan);
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
        changed(plan);
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
        changed(plan);
    }

    @Audited(action = "plan.close", recordType = "SupportPlan")
    public void close(@RecordId long planId, String reason) {
        CurrentUser me = callers.current();
        SupportPlan plan = editable(me, planId);
        plan.close(plans.versions(planId), reason, Instant.now());
        flushOrStale();
        changed(plan);
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Tells whoever keeps counts of plans that this one changed (they act once the change commits). */
    private void changed(SupportPlan plan) {
        changed.fire(new PlanChanged(plan.id(), plan.person().team().id()));
    }

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

    /** Categories (of outcomes, worries and community assets) that are not in this plan's outcome frameworks. */
    private List<FieldProblem> unknownCategories(SupportPlan plan, PlanSection section) {
        List<String[]> tagged = new ArrayList<>();
        String item;
        if (section instanceof Outcomes outcomes) {
            item = "Outcome";
            outcomes.items().forEach(o -> tagged.add(new String[] {o.framework(), o.category()}));
        } else if (section instanceof Risks risks) {
            item = "Risk";
            risks.items().forEach(r -> tagged.add(new String[] {r.framework(), r.category()}));
        } else if (section instanceof Strengths strengths) {
            item = "Strength";
            strengths.items().forEach(s -> tagged.add(new String[] {s.framework(), s.category()}));
        } else {
            return List.of();
        }
        Set<String> known = plans.outcomeCategories(plan.person().isChildOn(CouncilTime.today())).stream()
                .map(c -> c.framework() + "/" + c.code()).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            String framework = tagged.get(i)[0];
            String category = tagged.get(i)[1];
            if (category != null && !category.isEmpty() && !known.contains(framework + "/" + category)) {
                problems.add(new FieldProblem("items[" + i + "].category",
                        item + " " + (i + 1) + ": '" + category + "' is not a category of the outcome frameworks for this plan."));
            }
        }
        return problems;
    }

    /** An action met by a community offer with no "who" yet is done by the offer: it takes the offer's name. */
    private static Actions withOfferNames(Actions actions, Map<Long, CommunityOffers.OfferRef> offers) {
        return new Actions(actions.items().stream().map(a -> a.offerId() != null && a.who().isEmpty() && offers.containsKey(a.offerId())
                ? new Actions.Action(a.key(), a.what(), offers.get(a.offerId()).name(), a.whoKind(), a.byWhen(), a.status(),
                        a.outcomeKey(), a.offerId())
                : a).toList());
    }

    /**
     * Offers an action may not use: one that does not exist, one of another service area, or one
     * that has ended (unless the plan already used it, so an ended offer does not block a save).
     */
    private static List<FieldProblem> unusableOffers(SupportPlan plan, Actions actions, Map<Long, CommunityOffers.OfferRef> offers,
                                                     Set<Long> alreadyUsed) {
        ServiceArea area = plan.person().team().serviceArea();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < actions.items().size(); i++) {
            Long id = actions.items().get(i).offerId();
            if (id == null) {
                continue;
            }
            CommunityOffers.OfferRef offer = offers.get(id);
            if (offer == null || offer.serviceArea() != area) {
                problems.add(new FieldProblem("items[" + i + "].offerId",
                        "Action " + (i + 1) + ": that community offer is not one this plan can use. Choose one from the list."));
            } else if (!offer.open() && !alreadyUsed.contains(id)) {
                problems.add(new FieldProblem("items[" + i + "].offerId",
                        "Action " + (i + 1) + ": '" + offer.name() + "' is no longer offered. Choose another offer."));
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
        Actions actions = content.actions();
        Map<Long, CommunityOffers.OfferRef> usedOffers = actions == null || actions.offerIds().isEmpty() ? Map.of()
                : communityOffers.find(actions.offerIds());
        return new VersionView(plan.id(), VersionSummary.of(version), sections,
                signOffs.stream().map(s -> new SignOffView(s.id(), s.signer(), s.signerName(), s.signedOn(), s.howGiven(),
                        s.atRevision() == version.revision(), s.recordedBy())).toList(),
                draft ? SignOffRule.missing(signOffs, version.revision(), policy.managerSignOffRequired(child)) : Set.of(),
                draft ? content.readinessProblems().stream().map(FieldProblem::message).toList() : List.of(),
                draft && PlanAccess.mayEdit(me, plan.person().team().id()) && plan.status() != PlanStatus.CLOSED,
                usedOffers);
    }

    private PlanSummary summary(SupportPlan p) {
        LocalDate today = CouncilTime.today();
        LocalDate due = p.nextReviewDue();
        return new PlanSummary(p.id(), p.person().id(), name(p.person()), p.status(), p.ladder().id(), p.ladder().name(),
                due, due != null && p.status() != PlanStatus.CLOSED && due.isBefore(today), p.currentVersionNo(),
                p.person().isChildOn(today), p.closedReason(), p.person().team().serviceArea());
    }

    private static String name(Person person) {
        return person.givenName() + " " + person.familyName();
    }
}
