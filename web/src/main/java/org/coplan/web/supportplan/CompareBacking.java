package org.coplan.web.supportplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.coplan.supportplan.PlanViews.Comparison;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Change;
import org.coplan.web.DatesInput;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;

/** Backs /supportplan/compare.xhtml?id=…&amp;from=…&amp;to=…: two versions of a plan side by side. */
@Named
@ViewScoped
public class CompareBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    private String id;
    private String from;
    private String to;
    private Comparison comparison;
    private int latest;

    public void load() throws IOException {
        if (comparison == null) {
            int a = number(from);
            int b = number(to);
            comparison = RecordPages.loadOrNotFound(id, planId -> plans.compare(planId, a, b)).orElse(null);
            latest = comparison == null ? 0 : comparison.plan().currentVersionNo();
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException notANumber) {
            return -1; // no such version: the service answers "not found"
        }
    }

    /** The field's caption in words, from the same labels the plan page uses. */
    public String field(Change change) {
        return Messages.text("field." + change.section().path() + "." + change.field());
    }

    /** A value in words where it is one of a field's options; other text as it was written. */
    public String value(Change change, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            return Messages.text("option." + change.field() + "." + text);
        } catch (java.util.MissingResourceException notAnOption) {
            return text;
        }
    }

    public String when(Instant at) {
        return DatesInput.when(at);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The version numbers there are to choose from. */
    public java.util.List<Integer> getVersions() {
        int last = Math.max(comparison.from().number(), comparison.to().number());
        return java.util.stream.IntStream.rangeClosed(1, Math.max(last, latest)).boxed().toList();
    }

    public Comparison getComparison() {
        return comparison;
    }
}
