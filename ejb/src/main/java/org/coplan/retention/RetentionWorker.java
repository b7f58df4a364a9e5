package org.coplan.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.audit.RecordId;
import org.coplan.supportplan.PlanChanged;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.supportplan.sections.SectionKey;

/**
 * The steps of a retention run, each in a transaction of its own: a person's removal commits or
 * rolls back whole, with its log entry and its audit event, and one person's failure leaves the
 * others' done. Called only by {@link RetentionRunner}; never by a page.
 */
@Stateless
public class RetentionWorker {

    @Inject
    RetentionRepository repository;

    @Inject
    CaseRecordEraser eraser;

    @Inject
    Event<PlanChanged> planChanged;

    /** Records the start of a run. */
    @Audited(action = "retention.run.start", recordType = "RetentionRun", purpose = "records management")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long startRun(boolean dryRun, String startedBy, LocalDate asOf, RetentionRun.Scope scope) {
        RetentionRun run = new RetentionRun(dryRun, startedBy, now(), asOf, scope);
        repository.add(run);
        repository.flush();
        AuditNote.current().actor(startedBy).record(run.id()).detail((dryRun ? "dry run" : "real run") + ", " + scope + ", as of " + asOf);
        return run.id();
    }

    /** Records what a run found without changing anything: a dry run's list, or the held records of a real run. */
    @NotAudited("writes only the run's own log; the run's start and end are audited")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFound(long runId, List<Due> found) {
        Instant at = now();
        found.forEach(due -> repository.add(new RetentionRunItem(runId, due, due.wouldBe(), 0, null, at)));
    }

    /**
     * Deletes or anonymises one person's record, if it is still due and not held once the person's
     * row is locked (a hold placed, a plan opened or a rule changed since the list was made all win).
     * Logs the item and tells the audit's kept counts, all in this one transaction.
     */
    @Audited(action = "retention.apply", recordType = "Person", purpose = "records management")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ItemOutcome apply(long runId, @RecordId long personId, Due listed, LocalDate today, String startedBy) {
        AuditNote.current().actor(startedBy);
        Instant at = now();
        Optional<Object[]> record = repository.lockPerson(personId) ? repository.personRecord(personId) : Optional.empty();
        Map<RecordType, RuleTerms> rules = repository.rules().stream().map(RetentionRule::terms)
                .collect(Collectors.toMap(RuleTerms::recordType, Function.identity()));
        Optional<CaseFacts> facts = record.flatMap(r -> repository.closedCase(personId));
        Optional<Due> due = facts.flatMap(f -> RetentionRules.assess(f, rules, today));
        if (due.isEmpty() || due.get().held()) {
            ItemOutcome outcome = due.isEmpty() ? ItemOutcome.NO_LONGER_DUE : ItemOutcome.HELD;
            repository.add(new RetentionRunItem(runId, due.orElse(listed), outcome, 0, null, at));
            AuditNote.current().detail(outcome + " (run " + runId + ")");
            return outcome;
        }
        Due now = due.get();
        long teamId = RetentionRepository.number(record.get()[2]);
        List<Long> plans = repository.planIds(personId);
        int rows;
        ItemOutcome outcome;
        if (now.action() == RetentionAction.DELETE) {
            rows = eraser.delete(personId);
            outcome = ItemOutcome.DELETED;
        } else {
            rows = eraser.anonymise(personId, facts.get().dateOfBirth(), today, new CaseRecordEraser.EmptySections(
                    SectionJson.write(PlanSection.empty(SectionKey.ABOUT_ME)),
                    SectionJson.write(PlanSection.empty(SectionKey.STRENGTHS)),
                    SectionJson.write(PlanSection.empty(SectionKey.CIRCLE))));
            outcome = ItemOutcome.ANONYMISED;
        }
        repository.add(new RetentionRunItem(runId, now, outcome, rows, null, at));
        // The participation audit counts again the team's figures once this commits.
        plans.forEach(planId -> planChanged.fire(new PlanChanged(planId, teamId)));
        AuditNote.current().detail(outcome + " under the " + now.recordType() + " rule, " + rows + " rows (run " + runId + ")");
        return outcome;
    }

    /** Logs a person whose removal failed and was rolled back. */
    @Audited(action = "retention.failed", recordType = "Person", purpose = "records management")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long runId, @RecordId long personId, Due listed, String problem, String startedBy) {
        AuditNote.current().actor(startedBy).detail("failed and rolled back: nothing changed (run " + runId + ")");
        repository.add(new RetentionRunItem(runId, listed, ItemOutcome.FAILED, 0, problem, now()));
    }

    /** Records the end of a run with its counts. */
    @Audited(action = "retention.run.finish", recordType = "RetentionRun", purpose = "records management")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunSummary finishRun(@RecordId long runId, int due, int held, int deleted, int anonymised, int failed, String startedBy) {
        RetentionRun run = repository.run(runId).orElseThrow();
        run.finish(due, held, deleted, anonymised, failed, now());
        AuditNote.current().actor(startedBy).detail(due + " due, " + held + " held, " + deleted + " deleted, " + anonymised
                + " anonymised, " + failed + " failed");
        return run.summary();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
