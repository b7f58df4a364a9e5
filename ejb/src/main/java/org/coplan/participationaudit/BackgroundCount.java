package org.coplan.participationaudit;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.coplan.audit.NotAudited;
import org.coplan.participationaudit.ParticipationAuditRepository.Only;
import org.coplan.participationaudit.ParticipationAuditRepository.Scope;

/**
 * Counts a changed team or project again for the participation audit, in the background, soon
 * after its change committed ({@link KeptCounts}).
 *
 * <p>An asynchronous call: it runs on the server's own thread with a transaction and a context of
 * its own, so its reads share nothing with the thread that made the change. The eight counts run
 * one after another: no one waits for them, and eight at once would only slow the pages people are
 * waiting for.
 */
@Stateless
public class BackgroundCount {

    @Inject
    KeptCounts kept;

    @Inject
    ParticipationAuditRepository repository;

    @Asynchronous
    @NotAudited("counts decisions and reviews by team or project for the audit's kept figures; nothing is shown to anyone")
    public void recount(KeptCounts.Group group) {
        kept.recount(group, this::count);
    }

    private KeptCounts.GroupRows count(Scope scope, Only only) {
        LocalDate overdueBefore = Measures.overdueBefore(scope.today());
        return new KeptCounts.GroupRows(ParticipationAuditService.longs(repository.rungCounts(scope, only)),
                ParticipationAuditService.longs(repository.feedbackCounts(scope, only, overdueBefore)),
                ParticipationAuditService.longs(repository.gapCounts(scope, only)),
                ParticipationAuditService.longs(repository.reviewCounts(scope, only)),
                ParticipationAuditService.longs(repository.planCounts(scope, only)),
                ParticipationAuditService.longs(repository.projects(scope, only)),
                ParticipationAuditService.longs(repository.pledgeCounts(scope, only)),
                ParticipationAuditService.longs(repository.contributionCounts(scope, only)));
    }
}
