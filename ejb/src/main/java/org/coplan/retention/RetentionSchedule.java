package org.coplan.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coplan.shared.CouncilTime;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The nightly retention job, at 02:30 council time. It deletes and anonymises only when the
 * system property {@value RetentionService#ENABLED_PROPERTY} is {@code true}; it is off by
 * default (the demo too), so nothing is removed until the council has checked a dry run and
 * turned it on. When off it does nothing at all: an administrator's dry run shows what is due.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    /** Who the log and the audit trail name as having started a scheduled run. */
    static final String STARTED_BY = "retention schedule";

    @EJB
    RetentionRunner runner;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/London", persistent = false)
    void nightly() {
        if (!enabled()) {
            return;
        }
        try {
            RunSummary run = runner.run(STARTED_BY, false, null, CouncilTime.today());
            LOG.info(() -> "Retention run " + run.id() + ": " + run.peopleDue() + " due, " + run.deleted() + " deleted, "
                    + run.anonymised() + " anonymised, " + run.held() + " held, " + run.failed() + " failed");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly retention run stopped; what it did before is logged, the rest waits for the next run", e);
        }
    }

    /** Whether the nightly job may delete and anonymise; read each time, so a change takes effect at the next run. */
    static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue(RetentionService.ENABLED_PROPERTY, Boolean.class).orElse(Boolean.FALSE);
    }
}
