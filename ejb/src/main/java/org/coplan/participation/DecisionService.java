package org.coplan.participation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.audit.RecordId;
import org.coplan.participation.DecisionOwners.OwnerAccess;
import org.coplan.participation.DecisionViews.DecisionDetails;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.participation.DecisionViews.PartyView;
import org.coplan.participation.DecisionViews.RatingView;
import org.coplan.participation.DecisionViews.RungChoice;
import org.coplan.participation.DecisionViews.RungRef;
import org.coplan.participation.DecisionViews.Suggestion;
import org.coplan.participation.DecisionViews.VersionView;
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

/**
 * The decision ledger: the only way to record, change, feed back, rate and read decisions.
 * Every call asks the owner of the decision (plan or project) what the caller may do with it.
 */
@Stateless
public class DecisionService {

    @Inject
    DecisionRepository decisions;

    @Inject
    LadderRepository ladders;

    @Inject
    Instance<DecisionOwners> owners;

    @Inject
    Callers callers;

    @Inject
    Event<DecisionChanged> changed;

    /** The decisions of a plan or project, newest first, in a fixed number of statements. */
    @Audited(action = "decisions.view", recordType = "Decision")
    public List<DecisionSummary> decisionsOf(DecisionOwner owner) {
        access(callers.current(), owner);
        AuditNote.current().about(owner.type().recordType(), owner.id());
        return summaries(decisions.currentVersions(List.of(owner)));
    }

    /**
     * One page of a plan's or project's decisions, newest first, with how many there are and what
     * the caller may do with them, in a fixed number of statements whatever the page's size:
     * screens show a long ledger a page at a time.
     */
    @Audited(action = "decisions.view", recordType = "Decision")
    public DecisionViews.Shown decisionsOf(DecisionOwner owner, PageRequest page) {
        OwnerAccess access = access(callers.current(), owner);
        AuditNote.current().about(owner.type().recordType(), owner.id());
        AuditNote.current().detail("from " + (page.first() + 1) + ", at most " + page.size());
        return new DecisionViews.Shown(
                new Page<>(summaries(decisions.currentVersions(owner, page)), decisions.count(owner), page.first(), page.size()),
                rightsOf(access));
    }

    /**
     * The decisions of several owners together, such as a plan and the reviews of it, newest first,
     * in a fixed number of statements whatever the number of owners. The caller must be allowed
     * to see every one of them: one they may not see makes the whole answer "not found".
     */
    @Audited(action = "decisions.view", recordType = "Decision")
    public List<DecisionSummary> decisionsOf(List<DecisionOwner> owners) {
        if (owners.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("owners", "Say whose decisions to show.")));
        }
        CurrentUser me = callers.current();
        DecisionOwner first = owners.get(0);
        AuditNote.current().about(first.type().recordType(), first.id());
        if (owners.size() > 1) {
            AuditNote.current().detail("with " + owners.subList(1, owners.size()).stream()
                    .map(o -> o.type().recordType() + " " + o.id()).collect(Collectors.joining(", ")));
        }
        DecisionOwner.idsByType(owners).forEach((type, ids) -> {
            Map<Long, OwnerAccess> allowed = ownersOf(type).access(me, ids);
            ids.stream().filter(id -> !allowed.containsKey(id)).findFirst().ifPresent(id -> {
                throw new RecordNotFoundException(type.recordType(), id);
            });
        });
        return summaries(decisions.currentVersions(owners));
    }

    private List<DecisionSummary> summaries(List<DecisionVersion> current) {
        Map<Long, List<Integer>> ratings = decisions.currentRatingOrdinals(
                current.stream().map(v -> v.decisionRef().id()).toList());
        return current.stream().map(v -> {
            Decision d = v.decisionRef();
            List<Integer> rated = ratings.getOrDefault(d.id(), List.of());
            return new DecisionSummary(d.id(), v.number(), d.lockVersion(), v.question(), v.outcome(),
                    v.deciders().stream().map(PartyView::of).toList(), v.rule(), RungRef.of(v.rung()),
                    !v.rung().equals(v.suggestedRung()), v.inputChangedOutcome(), v.youSaid(), v.weDid(),
                    v.decidedOn(), v.fedBackOn(), rated.size(), gap(v.rung().ordinal(), rated));
        }).toList();
    }

    /** One decision with every version and rating. */
    @Audited(action = "decision.view", recordType = "Decision")
    public DecisionDetails decision(@RecordId long decisionId) {
        CurrentUser me = callers.current();
        Decision decision = decisions.find(decisionId).orElseThrow(() -> new RecordNotFoundException("Decision", decisionId));
        OwnerAccess access = accessOrNotFound(me, decision.owner(), "Decision", decisionId);
        AuditNote.current().detail(decision.owner().type().recordType() + " " + decision.owner().id());
        return details(decision, access);
    }

    private static DecisionViews.Rights rightsOf(OwnerAccess access) {
        return new DecisionViews.Rights(access.mayRecord(), access.rateOnBehalf(), access.rateAsPartner());
    }

    /** The rung the ledger suggests, and every rung of the owner's ladder with what it means. */
    @NotAudited("returns only the owner's ladder (reference data) after checking the caller may see the owner")
    public Suggestion suggestRung(DecisionOwner owner, DecisionRule rule, Standing proposer, List<Standing> deciders) {
        OwnerAccess access = access(callers.current(), owner);
        Ladder ladder = ladder(access.ladderId());
        RungRef suggested = rule == null ? null : suggest(ladder, rule, proposer, deciders).map(RungRef::of).orElse(null);
        List<RungChoice> choices = ladder.rungs().stream().filter(r -> !r.retired())
                .map(r -> new RungChoice(r.id(), r.ordinal(), r.name(), r.description(), r.band(), r.decisionPower()))
                .toList();
        return new Suggestion(suggested, choices);
    }

    /** Records a new decision for a plan or project. */
    @Audited(action = "decision.record", recordType = "Decision")
    public long record(DecisionOwner owner, DecisionDraft draft) {
        CurrentUser me = callers.current();
        OwnerAccess access = access(me, owner);
        if (!access.mayRecord()) {
            throw new RecordNotFoundException(owner.type().recordType(), owner.id());
        }
        DecisionContent content = content(ladder(access.ladderId()), draft);
        Decision decision = new Decision(owner, access.ladderId(), content, me.username(), now());
        decisions.add(decision);
        changed.fire(new DecisionChanged(decision.id()));
        AuditNote.current().record(decision.id()).detail(owner.type().recordType() + " " + owner.id());
        return decision.id();
    }

    /**
     * Changes a decision. Before it is fed back the current version is corrected; after, a new
     * version is made and the reason is required. A stale edit is refused, never merged.
     *
     * @param seenLockVersion the decision's lock version when the user opened it
     * @return the decision's current version number after the change
     */
    @Audited(action = "decision.revise", recordType = "Decision")
    public int revise(@RecordId long decisionId, long seenLockVersion, DecisionDraft draft, String reason) {
        CurrentUser me = callers.current();
        Decision decision = forChange(me, decisionId, seenLockVersion);
        if (decision.fedBack() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(List.of(new FieldProblem("changeReason",
                    "This decision has been fed back, so say why it is changing. The earlier version is kept.")));
        }
        DecisionContent content = content(ladder(decision.ladderId()), draft);
        boolean newVersion = decision.revise(content, me.username(), now(), reason);
        changed.fire(new DecisionChanged(decisionId));
        AuditNote.current().detail(newVersion ? "new version " + decision.currentVersionNo() : "corrected before feedback");
        return decision.currentVersionNo();
    }

    /** Records that the current version was fed back to the people it affects. */
    @Audited(action = "decision.feedback", recordType = "Decision")
    public void feedBack(@RecordId long decisionId, long seenLockVersion, LocalDate on) {
        CurrentUser me = callers.current();
        Decision decision = forChange(me, decisionId, seenLockVersion);
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || day.isBefore(decision.current().decidedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("fedBackOn",
                    "The date fed back must be between the date decided and today.")));
        }
        if (decision.fedBack()) {
            throw new BusinessException("fedBackOn", "This version has already been fed back.");
        }
        decision.feedBack(day);
        changed.fire(new DecisionChanged(decisionId));
    }

    /**
     * Records the lived-experience rung of a decision: a partner's own rating, or what the person
     * or a family member told a member of staff.
     */
    @Audited(action = "decision.rate", recordType = "Decision")
    public long rate(@RecordId long decisionId, RatingDraft rating) {
        CurrentUser me = callers.current();
        Decision decision = decisions.find(decisionId).orElseThrow(() -> new RecordNotFoundException("Decision", decisionId));
        OwnerAccess access = accessOrNotFound(me, decision.owner(), "Decision", decisionId);
        List<FieldProblem> problems = new ArrayList<>();
        RaterStanding standing;
        String raterName;
        Long raterUserId;
        if (access.rateAsPartner() && (rating.standing() == null || rating.standing() == access.ownStanding())) {
            standing = access.ownStanding();
            raterName = me.displayName();
            raterUserId = me.id();
        } else if (access.rateOnBehalf()) {
            standing = rating.standing();
            raterName = rating.raterName() == null ? "" : rating.raterName().trim();
            raterUserId = null;
            if (standing == null || standing == RaterStanding.PARTNER) {
                problems.add(new FieldProblem("standing", "Say whether the person or a family member gave this rating."));
            }
            if (raterName.isEmpty()) {
                problems.add(new FieldProblem("raterName", "Give the name of the person who gave this rating."));
            }
        } else {
            throw new RecordNotFoundException("Decision", decisionId);
        }
        Ladder ladder = ladder(decision.ladderId());
        Optional<Rung> rung = rungOf(ladder, rating.rungId());
        if (rung.isEmpty()) {
            problems.add(new FieldProblem("rungId", "Choose a rung of this decision's ladder."));
        }
        if (rating.comment() != null && rating.comment().length() > 2000) {
            problems.add(new FieldProblem("comment", "Keep the comment to 2,000 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        DecisionRating saved = new DecisionRating(decision, standing, raterName, raterUserId, me.username(),
                rung.orElseThrow(), rating.comment(), now());
        decisions.add(saved);
        changed.fire(new DecisionChanged(decisionId));
        AuditNote.current().detail("rated by " + standing + " as rung " + rung.get().ordinal());
        return decisionId;
    }

    private Decision forChange(CurrentUser me, long decisionId, long seenLockVersion) {
        Decision decision = decisions.find(decisionId)
                .orElseThrow(() -> new RecordNotFoundException("Decision", decisionId));
        OwnerAccess access = accessOrNotFound(me, decision.owner(), "Decision", decisionId);
        if (!access.mayRecord()) {
            throw new RecordNotFoundException("Decision", decisionId);
        }
        if (decision.lockVersion() != seenLockVersion) {
            throw new StaleEditException(decision.current().recordedBy());
        }
        decisions.lockForChange(decision);
        return decision;
    }

    private DecisionContent content(Ladder ladder, DecisionDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems(today()));
        Optional<Rung> suggested = draft.rule() == null || draft.proposedBy() == null
                ? Optional.empty()
                : suggest(ladder, draft.rule(), draft.proposedBy().standing(),
                        draft.deciders().stream().map(DecisionParty::standing).toList());
        Rung chosen = null;
        if (draft.rungId() == null) {
            chosen = suggested.orElse(null);
            if (chosen == null && draft.rule() != null) {
                problems.add(new FieldProblem("rungId", "Choose the rung this decision sits on."));
            }
        } else {
            chosen = rungOf(ladder, draft.rungId()).orElse(null);
            if (chosen == null) {
                problems.add(new FieldProblem("rungId", "Choose a rung of this ladder that is still in use."));
            } else if (suggested.isPresent() && !chosen.equals(suggested.get())
                    && (draft.rungReason() == null || draft.rungReason().isBlank())) {
                problems.add(new FieldProblem("rungReason", "You chose a different rung from the one suggested ("
                        + suggested.get().name() + "): say why."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new DecisionContent(draft, chosen, suggested.orElse(chosen));
    }

    private static Optional<Rung> suggest(Ladder ladder, DecisionRule rule, Standing proposer, List<Standing> deciders) {
        List<RungInfo> rungs = ladder.rungs().stream().map(RungInfo::of).toList();
        return RungSuggestion.suggest(rungs, rule, proposer, deciders)
                .flatMap(info -> ladder.rungs().stream().filter(r -> r.id() == info.id()).findFirst());
    }

    private static Optional<Rung> rungOf(Ladder ladder, Long rungId) {
        return rungId == null ? Optional.empty()
                : ladder.rungs().stream().filter(r -> r.id().equals(rungId) && !r.retired()).findFirst();
    }

    private DecisionDetails details(Decision decision, OwnerAccess access) {
        List<RatingView> ratings = decisions.ratings(decision.id()).stream().map(RatingView::of).toList();
        List<VersionView> versions = decision.versions().stream().map(VersionView::of).toList();
        DecisionVersion current = decision.current();
        List<Integer> currentRatings = ratings.stream().filter(r -> r.versionNo() == decision.currentVersionNo())
                .map(r -> r.rung().ordinal()).toList();
        return new DecisionDetails(decision.id(), decision.owner().type(), decision.owner().id(), decision.ladderId(),
                decision.currentVersionNo(), decision.lockVersion(), decision.fedBack(), versions, ratings,
                gap(current.rung().ordinal(), currentRatings), access.mayRecord(),
                access.rateAsPartner() || access.rateOnBehalf());
    }

    private static Double gap(int staffOrdinal, List<Integer> ratings) {
        var gap = ParticipationGap.of(staffOrdinal, ratings);
        return gap.isPresent() ? gap.getAsDouble() : null;
    }

    private Ladder ladder(long ladderId) {
        return ladders.findWithRungs(ladderId)
                .orElseThrow(() -> new IllegalStateException("Ladder " + ladderId + " is missing"));
    }

    private OwnerAccess access(CurrentUser me, DecisionOwner owner) {
        Objects.requireNonNull(owner);
        return accessOrNotFound(me, owner, owner.type().recordType(), owner.id());
    }

    private OwnerAccess accessOrNotFound(CurrentUser me, DecisionOwner owner, String recordType, long recordId) {
        return ownersOf(owner.type()).access(me, owner.id()).orElseThrow(() -> new RecordNotFoundException(recordType, recordId));
    }

    /** The owning package's answer for one kind of owner; every kind has one. */
    private DecisionOwners ownersOf(OwnerType type) {
        for (DecisionOwners candidate : owners) {
            if (candidate.type() == type) {
                return candidate;
            }
        }
        throw new IllegalStateException("No owner of decisions answers for " + type);
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }

    private static LocalDate today() {
        return CouncilTime.today();
    }
}
