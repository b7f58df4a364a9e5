package org.coplan.supportplan;

import java.time.LocalDate;
import org.coplan.people.Person;

/** One row of a caseload: the person, and their current plan's status and next review. */
public record CaseloadEntry(long id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                            String teamName, Long planId, PlanStatus planStatus, LocalDate nextReviewDue) {

    public String name() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Person.ageOn(dateOfBirth, day);
    }

    public boolean reviewOverdueOn(LocalDate day) {
        return nextReviewDue != null && planStatus != PlanStatus.CLOSED && nextReviewDue.isBefore(day);
    }
}
