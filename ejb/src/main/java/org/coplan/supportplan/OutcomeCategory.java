package org.coplan.supportplan;

/** A category of an outcome framework (reference data), as the outcome picker lists it. */
public record OutcomeCategory(String framework, String frameworkName, String code, String name, String group) {
}
