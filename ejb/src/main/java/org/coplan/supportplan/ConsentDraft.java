package org.coplan.supportplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** A consent as typed in. An agency is named for sharing with an agency, and only then. */
public record ConsentDraft(ConsentPurpose purpose, String agency, String givenBy, LocalDate givenOn, HowGiven how) {

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (purpose == null) {
            problems.add(new FieldProblem("purpose", "Choose what the consent is for."));
        } else if (purpose == ConsentPurpose.AGENCY && (agency == null || agency.isBlank())) {
            problems.add(new FieldProblem("agency", "Name the agency the plan may be shared with."));
        }
        if (agency != null && agency.length() > 200) {
            problems.add(new FieldProblem("agency", "The agency's name is too long: at most 200 characters."));
        }
        if (givenBy == null || givenBy.isBlank()) {
            problems.add(new FieldProblem("givenBy", "Write who gave consent: the person or their representative."));
        } else if (givenBy.length() > 200) {
            problems.add(new FieldProblem("givenBy", "The name is too long: at most 200 characters."));
        }
        if (givenOn == null) {
            problems.add(new FieldProblem("givenOn", "Give the date consent was given."));
        } else if (givenOn.isAfter(today)) {
            problems.add(new FieldProblem("givenOn", "The date consent was given cannot be in the future."));
        }
        if (how == null) {
            problems.add(new FieldProblem("how", "Say how consent was given."));
        }
        return problems;
    }
}
