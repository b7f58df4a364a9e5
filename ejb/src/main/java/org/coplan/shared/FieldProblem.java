package org.coplan.shared;

/** One thing wrong with one input field, in plain words. */
public record FieldProblem(String field, String message) {
}
