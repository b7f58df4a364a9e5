package org.coplan.supportplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** A sign-off as someone types it in: who signed, their name, the day and how they gave it. */
public record SignOffDraft(Signer signer, String name, LocalDate signedOn, HowGiven how) {

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (signer == null) {
            problems.add(new FieldProblem("signer", "Choose who is signing."));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Write the name of the person signing."));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "The name is too long: at most 200 characters."));
        }
        if (signedOn == null) {
            problems.add(new FieldProblem("signedOn", "Give the date it was signed."));
        } else if (signedOn.isAfter(today)) {
            problems.add(new FieldProblem("signedOn", "The date it was signed cannot be in the future."));
        }
        if (how == null) {
            problems.add(new FieldProblem("how", "Say how the sign-off was given."));
        }
        return problems;
    }
}
