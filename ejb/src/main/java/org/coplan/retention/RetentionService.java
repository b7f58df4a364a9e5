package org.coplan.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;

/**
 * The only way in to retention. Administrators keep the rules and start runs (a dry run first);
 * a legal hold is placed or lifted on one person's record by a manager of that person's team or
 * by an administrator. Anyone else is told the record is not found. Every call is audited.
 */
@Stateless
public class RetentionService {

    /** How many past runs the screen lists. */
    public static final int RUNS_LISTED = 50;

    /** The system property that lets the nightly job delete and anonymise; off unless set to true. */
    public static final String ENABLED_PROPERTY = "coplan.retention.enabled";

    @Inject
    RetentionRepository repository;

    @Inject
    Callers callers;

    @EJB
    RetentionRunner runner;

    @Audited(action = "retention.rules.view", recordType = "RetentionRule", purpose = "records management")
    public List<RuleView> rules() {
        admin("rules");
        return repository.rules().stream().map(RuleView::of).toList();
    }

    /**
     * Changes a rule. The version is the one the administrator saw: a rule changed by someone else
     * since is not overwritten.
     */
    @Audited(action = "retention.rule.change", recordType = "RetentionRule", purpose = "records management")
    public RuleView changeRule(String recordType, Basis basis, int years, RetentionAction action, long seenVersion) {
        CurrentUser me = admin(recordType);
        RecordType type;
        try {
            type = RecordType.valueOf(recordType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFoundException("RetentionRule", recordType);
        }
        RetentionRule rule = repository.rule(type).orElseThrow(() -> new RecordNotFoundException("RetentionRule", recordType));
        if (rule.version() != seenVersion) {
            throw new StaleEditException(rule.changedBy() + " at " + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(rule.changedAt().atZone(CouncilTime.ZONE)));
        }
        rule.change(basis, years, action, me.username(), Instant.now(Clock.systemUTC()));
        repository.flush();
        AuditNote.current().detail(type + ": " + basis + ", " + years + " years, " + action);
        return RuleView.of(rule);
    }

    /** Lists every record due today and what would happen to it, changing nothing. */
    @Audited(action = "retention.dry-run", recordType = "RetentionRun", purpose = "records management")
    public RunSummary dryRun() {
        CurrentUser me = admin("dry-run");
        RunSummary run = runner.run(me.username(), true, null, CouncilTime.today());
        AuditNote.current().record(run.id()).detail(run.peopleDue() + " due, " + run.held() + " held");
        return run;
    }

    /** Deletes or anonymises every record due today, now, whatever the nightly job's setting. */
    @Audited(action = "retention.run", recordType = "RetentionRun", purpose = "records management")
    public RunSummary runNow() {
        CurrentUser me = admin("run");
        RunSummary run = runner.run(me.username(), false, null, CouncilTime.today());
        AuditNote.current().record(run.id()).detail(run.deleted() + " deleted, " + run.anonymised() + " anonymised, "
                + run.held() + " held, " + run.failed() + " failed");
        return run;
    }

    /** A run, real or dry, over only the people given (those not due are left out, as in any run). */
    @Audited(action = "retention.run.chosen", recordType = "RetentionRun", purpose = "records management")
    public RunSummary runFor(Collection<Long> personIds, boolean dryRun) {
        CurrentUser me = admin("run");
        if (personIds == null || personIds.isEmpty()) {
            throw new BusinessException("Choose at least one person.");
        }
        RunSummary run = runner.run(me.username(), dryRun, Set.copyOf(personIds), CouncilTime.today());
        AuditNote.current().record(run.id()).detail((dryRun ? "dry run, " : "") + personIds.size() + " chosen, " + run.peopleDue()
                + " due");
        return run;
    }

    @Audited(action = "retention.runs.view", recordType = "RetentionRun", purpose = "records management")
    public List<RunSummary> runs() {
        admin("runs");
        return repository.runs(RUNS_LISTED);
    }

    /** What one run found and did, person by person (by reference). */
    @Audited(action = "retention.run.view", recordType = "RetentionRun", purpose = "records management")
    public List<ItemView> items(@RecordId long runId) {
        admin(runId);
        repository.run(runId).orElseThrow(() -> new RecordNotFoundException("RetentionRun", runId));
        return repository.items(runId);
    }

    /** Whether the nightly job deletes and anonymises (the system property {@value #ENABLED_PROPERTY}). */
    @NotAudited("reads a server setting; no record")
    public boolean scheduleEnabled() {
        return RetentionSchedule.enabled();
    }

    // ---- legal holds ---------------------------------------------------------------------------------

    /** A person's record and its holds, for a manager of their team or an administrator. */
    @Audited(action = "legal-hold.view", recordType = "Person", purpose = "records management")
    public HeldRecord heldRecord(@RecordId long personId) {
        Object[] record = repository.personRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        mayHold(record, personId);
        return heldRecord(record);
    }

    /** The same, found by the council's case reference. */
    @Audited(action = "legal-hold.find", recordType = "Person", purpose = "records management")
    public HeldRecord heldRecordByReference(String reference) {
        String ref = reference == null ? "" : reference.strip();
        Object[] record = repository.personRecordByReference(ref).orElseThrow(() -> new RecordNotFoundException("Person", ref));
        long personId = RetentionRepository.number(record[0]);
        mayHold(record, personId);
        AuditNote.current().record(personId);
        return heldRecord(record);
    }

    /** Places a legal hold: from now on nothing of the record is deleted or anonymised until it is lifted. */
    @Audited(action = "legal-hold.place", recordType = "Person", purpose = "records management")
    public HeldRecord placeHold(@RecordId long personId, String reason) {
        Object[] record = repository.personRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        CurrentUser me = mayHold(record, personId);
        // A retention run locks the same row: a hold and a removal never pass each other.
        repository.lockPerson(personId);
        LegalHold hold = new LegalHold(personId, reason, me.username(), Instant.now(Clock.systemUTC()));
        repository.add(hold);
        repository.flush();
        AuditNote.current().detail("LegalHold " + hold.id() + " placed");
        return heldRecord(record);
    }

    /** Lifts a standing hold, saying why. The version is the one the user saw. */
    @Audited(action = "legal-hold.lift", recordType = "Person", purpose = "records management")
    public HeldRecord liftHold(@RecordId long personId, long holdId, String reason, long seenVersion) {
        Object[] record = repository.personRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        CurrentUser me = mayHold(record, personId);
        LegalHold hold = repository.hold(holdId).filter(h -> h.personId() == personId)
                .orElseThrow(() -> new RecordNotFoundException("LegalHold", holdId));
        if (hold.version() != seenVersion) {
            throw new StaleEditException(hold.liftedBy() != null ? hold.liftedBy() : hold.placedBy());
        }
        hold.lift(reason, me.username(), Instant.now(Clock.systemUTC()));
        repository.flush();
        AuditNote.current().detail("LegalHold " + holdId + " lifted");
        return heldRecord(record);
    }

    /**
     * Records whether the council looks, or looked, after the person as a child: the retention
     * rule for looked-after children then keeps the record until the person's 100th birthday.
     * The version is the one the user saw; a change made since is never overwritten.
     */
    @Audited(action = "person.looked-after", recordType = "Person", purpose = "records management")
    public HeldRecord recordLookedAfter(@RecordId long personId, boolean lookedAfter, long seenVersion) {
        Object[] record = repository.personRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        mayHold(record, personId);
        org.coplan.people.Person person = repository.person(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        if (person.version() != seenVersion) {
            throw new StaleEditException("another user");
        }
        if (person.isLookedAfter() != lookedAfter) {
            person.lookedAfter(lookedAfter);
            repository.flush();
        }
        AuditNote.current().detail("looked after as a child: " + (lookedAfter ? "yes" : "no"));
        return heldRecord(record, person.isLookedAfter(), person.version());
    }

    private HeldRecord heldRecord(Object[] record) {
        return heldRecord(record, RetentionRepository.bool(record[4]), RetentionRepository.number(record[5]));
    }

    /** The record as read, with whether the person is looked after and their version as they now stand. */
    private HeldRecord heldRecord(Object[] record, boolean lookedAfter, long personVersion) {
        long personId = RetentionRepository.number(record[0]);
        return new HeldRecord(personId, (String) record[1], (String) record[3],
                repository.holds(personId).stream().map(HoldView::of).toList(), lookedAfter, personVersion);
    }

    /** Managers of the person's team and administrators; anyone else is told the record is not found. */
    private CurrentUser mayHold(Object[] record, long personId) {
        CurrentUser me = callers.current();
        long teamId = RetentionRepository.number(record[2]);
        if (me.has(Role.ADMIN) || me.has(Role.MANAGER) && me.teamIds().contains(teamId)) {
            return me;
        }
        throw new RecordNotFoundException("Person", personId);
    }

    private CurrentUser admin(Object what) {
        CurrentUser me = callers.current();
        if (!me.has(Role.ADMIN)) {
            throw new RecordNotFoundException("Retention", what);
        }
        return me;
    }
}
