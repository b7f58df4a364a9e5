package org.coplan.supportplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;

/** A reading as typed in: the outcome, the day, the score from 1 to 10 and an optional note. */
public record MeasureDraft(String outcomeKey, LocalDate takenOn, Integer score, String note) {

    public List<FieldProblem> problems(Set<String> outcomeKeys, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcomeKey == null || !outcomeKeys.contains(outcomeKey)) {
            problems.add(new FieldProblem("outcomeKey", "Choose one of the plan's outcomes."));
        }
        if (takenOn == null) {
            problems.add(new FieldProblem("takenOn", "Give the date of the reading."));
        } else if (takenOn.isAfter(today)) {
            problems.add(new FieldProblem("takenOn", "The date of the reading cannot be in the future."));
        }
        if (score == null || score < 1 || score > 10) {
            problems.add(new FieldProblem("score", "The score is a whole number from 1 to 10."));
        }
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "The note is too long: at most 1000 characters."));
        }
        return problems;
    }
}
