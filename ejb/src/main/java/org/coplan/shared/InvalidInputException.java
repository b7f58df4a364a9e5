package org.coplan.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The input has one or more problems. Each names its field, so a screen can show the message
 * next to what the user typed, and the API can list every bad field at once.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? null : problems.get(0).field(),
                problems.size() == 1 ? problems.get(0).message() : "Some answers need changing: " + problems.size() + " problems.");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Throws when there is anything to report. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
