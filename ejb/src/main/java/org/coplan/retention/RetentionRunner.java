package org.coplan.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.coplan.audit.NotAudited;

/**
 * Runs the retention job: lists every record due on the day, then (unless it is a dry run) deletes
 * or anonymises each in a transaction of its own ({@link RetentionWorker#apply}), carrying on with
 * the next person when one fails. The run, each person found and each change are logged and
 * audited. Called by the nightly schedule and by {@link RetentionService} for administrators; it
 * checks no caller itself.
 */
@Stateless
public class RetentionRunner {

    private static final Logger LOG = Logger.getLogger(RetentionRunner.class.getName());

    @Inject
    RetentionRepository repository;

    @EJB
    RetentionWorker worker;

    /**
     * One run as of the day given.
     *
     * @param only the people to look at, or null for everyone
     */
    @NotAudited("each step is audited by RetentionWorker in its own transaction")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary run(String startedBy, boolean dryRun, Collection<Long> only, LocalDate today) {
        long runId = worker.startRun(dryRun, startedBy, today,
                only == null ? RetentionRun.Scope.EVERYONE : RetentionRun.Scope.CHOSEN);
        List<Due> due = due(only, today);
        int held = (int) due.stream().filter(Due::held).count();
        int deleted = 0;
        int anonymised = 0;
        int failed = 0;
        if (dryRun) {
            worker.recordFound(runId, due);
        } else {
            worker.recordFound(runId, due.stream().filter(Due::held).toList());
            for (Due d : due) {
                if (d.held()) {
                    continue;
                }
                try {
                    ItemOutcome outcome = worker.apply(runId, d.personId(), d, today, startedBy);
                    if (outcome == ItemOutcome.DELETED) {
                        deleted++;
                    } else if (outcome == ItemOutcome.ANONYMISED) {
                        anonymised++;
                    } else if (outcome == ItemOutcome.HELD) {
                        held++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Retention run " + runId + ": person " + d.personId() + " was left as it was", e);
                    worker.recordFailure(runId, d.personId(), d, problem(e), startedBy);
                }
            }
        }
        return worker.finishRun(runId, due.size(), held, deleted, anonymised, failed, startedBy);
    }

    /** Every record due on the day (held ones marked), oldest due first. */
    List<Due> due(Collection<Long> only, LocalDate today) {
        Map<RecordType, RuleTerms> rules = repository.rules().stream().map(RetentionRule::terms)
                .collect(Collectors.toMap(RuleTerms::recordType, Function.identity()));
        List<CaseFacts> facts;
        if (only == null) {
            facts = repository.closedCases();
        } else {
            facts = new ArrayList<>();
            for (Long id : only) {
                repository.closedCase(id).ifPresent(facts::add);
            }
        }
        return facts.stream().map(f -> RetentionRules.assess(f, rules, today)).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Due::dueOn).thenComparing(Due::reference)).toList();
    }

    /** What went wrong, in a line: the innermost cause's type and message. */
    private static String problem(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
