package org.coplan.participationaudit;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** One score as a form sends it: a principle, who scored it, 1 to 5, and who they were (a meeting, a forum). */
public record PrincipleScoreDraft(Principle principle, ScoredBy scoredBy, Integer score, String whoScored, String note) {

    /** What is wrong with the draft, by field ("score-ASSETS-TEAM", ...), in plain words. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        String field = principle + "-" + scoredBy;
        if (principle == null || scoredBy == null) {
            problems.add(new FieldProblem("score", "Say which principle and who scored it."));
            return problems;
        }
        if (score == null || score < 1 || score > 5) {
            problems.add(new FieldProblem("score-" + field, "Choose a score from 1 to 5."));
        }
        if (whoScored == null || whoScored.isBlank()) {
            problems.add(new FieldProblem("who-" + scoredBy, "Say who gave the scores, for example \"Team meeting\" or \"Carers' forum\"."));
        } else if (whoScored.length() > 200) {
            problems.add(new FieldProblem("who-" + scoredBy, "Say who gave the scores in up to 200 characters."));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new FieldProblem("note-" + field, "Keep the note to 2,000 characters."));
        }
        return problems;
    }
}
