package org.coplan.retention;

import java.util.Objects;

/** A rule's terms, without its history: what the due-date calculation needs. */
public record RuleTerms(RecordType recordType, Basis basis, int years, RetentionAction action) {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 150;

    public RuleTerms {
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(action);
    }
}
