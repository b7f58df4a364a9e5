package org.coplan.supportplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/**
 * A review as it is typed in. Disagreements are kept as they were said; the next review date
 * may be left empty to take the council's default.
 */
public record ReviewDraft(LocalDate heldOn, String attendees, Chaired chaired, String working, String notWorking,
                          String ownWords, String disagreements, LocalDate nextReviewDue) {

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "Give the date the review was held."));
        } else if (heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "A review is recorded once it has been held: the date cannot be in the future."));
        }
        if (blank(attendees)) {
            problems.add(new FieldProblem("attendees", "Say who attended."));
        }
        if (chaired == null) {
            problems.add(new FieldProblem("chaired", "Say whether the person chaired or co-chaired the review."));
        }
        if (blank(working) && blank(notWorking)) {
            problems.add(new FieldProblem("working", "Write what is working and what is not working."));
        }
        if (nextReviewDue != null && heldOn != null && !nextReviewDue.isAfter(heldOn)) {
            problems.add(new FieldProblem("nextReviewDue", "The next review must come after this one."));
        }
        limit(problems, "attendees", attendees, 2000, "The list of who attended");
        limit(problems, "working", working, 4000, "What is working");
        limit(problems, "notWorking", notWorking, 4000, "What is not working");
        limit(problems, "ownWords", ownWords, 4000, "The person's own words");
        limit(problems, "disagreements", disagreements, 4000, "Disagreements");
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void limit(List<FieldProblem> problems, String field, String value, int max, String what) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, what + " is too long: at most " + max + " characters."));
        }
    }
}
