package org.coplan.codesign;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** A community offer as typed: what it is, who can use it, how to get it, whom to contact, and where. */
public record OfferDraft(String name, String whoCanUse, String howToGet, String contact, String locality) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "offerName", name, 200, "Give the offer a name people will recognise");
        required(problems, "whoCanUse", whoCanUse, 1000, "Say who can use the offer");
        required(problems, "howToGet", howToGet, 1000, "Say how people get the offer");
        required(problems, "contact", contact, 300, "Give a contact for the offer");
        required(problems, "offerLocality", locality, 200, "Say where the offer is (its area)");
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max, String ask) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, ask + "."));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, ask + " in up to " + max + " characters."));
        }
    }
}
