package org.coplan.web.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.retention.Basis;
import org.coplan.retention.ItemView;
import org.coplan.retention.RetentionAction;
import org.coplan.retention.RetentionService;
import org.coplan.retention.RuleView;
import org.coplan.retention.RunSummary;
import org.coplan.shared.BusinessException;
import org.coplan.shared.StaleEditException;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;

/**
 * Backs /admin/retention.xhtml: an administrator keeps the retention rules, runs a dry run, runs
 * the job now, and reads past runs person by person.
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** One rule as its row of the form holds it: what the administrator typed, and the version they saw. */
    public static class RuleRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String recordType;
        private String basis;
        private Integer years;
        private String action;
        private long version;
        private String changedBy;
        private Instant changedAt;
        private String nowSaved;

        static RuleRow of(RuleView v) {
            RuleRow row = new RuleRow();
            row.recordType = v.recordType();
            row.basis = v.basis();
            row.years = v.years();
            row.action = v.action();
            row.took(v);
            return row;
        }

        void took(RuleView v) {
            version = v.version();
            changedBy = v.changedBy();
            changedAt = v.changedAt();
        }

        public String getRecordType() {
            return recordType;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public Integer getYears() {
            return years;
        }

        public void setYears(Integer years) {
            this.years = years;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getChanged() {
            return changedBy + ", " + DatesInput.when(changedAt);
        }

        /** What someone else saved while this row was open, shown beside what was typed. */
        public String getNowSaved() {
            return nowSaved;
        }
    }

    @Inject
    transient RetentionService retention;

    private List<RuleRow> rules;
    private List<RunSummary> runs;
    private RunSummary shownRun;
    private List<ItemView> items = List.of();
    private boolean confirmRun;

    public List<RuleRow> getRules() {
        if (rules == null) {
            rules = new ArrayList<>(retention.rules().stream().map(RuleRow::of).toList());
        }
        return rules;
    }

    /** Saves one rule; a rule someone else changed meanwhile is not overwritten. */
    public void save(RuleRow row, int index) {
        try {
            RuleView saved = retention.changeRule(row.recordType, Basis.valueOf(row.basis), row.years == null ? 0 : row.years,
                    RetentionAction.valueOf(row.action), row.version);
            row.took(saved);
            row.nowSaved = null;
            FormMessages.done("retention.ruleSaved");
        } catch (StaleEditException stale) {
            Messages.error(null, stale.getMessage());
            retention.rules().stream().filter(v -> v.recordType().equals(row.recordType)).findFirst().ifPresent(v -> {
                // Saving again, after checking, replaces what the other person saved.
                row.took(v);
                row.nowSaved = MessageFormat.format(Messages.text("retention.nowSaved"),
                        Messages.text("retention.basis." + v.basis()), v.years(), Messages.text("retention.action." + v.action()));
            });
        } catch (BusinessException refused) {
            FormMessages.refused("rulesForm:rules:" + index, Set.of("basis", "years", "action"), refused);
        }
    }

    public void dryRun() {
        show(retention.dryRun());
        FormMessages.done("retention.dryRunDone");
    }

    public void runNow() {
        if (!confirmRun) {
            Messages.error("runForm:confirmRun", Messages.text("retention.confirmNeeded"));
            Messages.error(null, Messages.text("form.checkForm"));
            return;
        }
        confirmRun = false;
        show(retention.runNow());
        FormMessages.done("retention.runDone");
    }

    /** Shows what a past run found and did. */
    public void showRun(RunSummary run) {
        shownRun = run;
        items = retention.items(run.id());
    }

    private void show(RunSummary run) {
        runs = null;
        showRun(run);
    }

    public List<RunSummary> getRuns() {
        if (runs == null) {
            runs = retention.runs();
        }
        return runs;
    }

    public RunSummary getShownRun() {
        return shownRun;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public boolean isScheduleEnabled() {
        return retention.scheduleEnabled();
    }

    public List<String> getBases() {
        return List.of(Basis.PLAN_CLOSED.name(), Basis.BIRTHDAY.name());
    }

    public List<String> getActions() {
        return List.of(RetentionAction.ANONYMISE.name(), RetentionAction.DELETE.name());
    }

    public String when(Instant at) {
        return at == null ? "–" : DatesInput.when(at);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public boolean isConfirmRun() {
        return confirmRun;
    }

    public void setConfirmRun(boolean confirmRun) {
        this.confirmRun = confirmRun;
    }
}
