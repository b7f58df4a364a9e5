package org.coplan.retention;

import java.time.Instant;

/** A rule as the retention screen shows it, with the version a change must be based on. */
public record RuleView(String recordType, String basis, int years, String action, String changedBy, Instant changedAt,
                       long version) {

    static RuleView of(RetentionRule rule) {
        RuleTerms t = rule.terms();
        return new RuleView(t.recordType().name(), t.basis().name(), t.years(), t.action().name(), rule.changedBy(),
                rule.changedAt(), rule.version());
    }
}
