package org.coplan.people;

import java.time.LocalDate;

/** One row of a caseload, as the caseload screen and the API show it. */
public record CaseloadEntry(long id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                            String teamName, LocalDate nextReviewDue) {

    public String name() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Person.ageOn(dateOfBirth, day);
    }

    public boolean reviewOverdueOn(LocalDate day) {
        return nextReviewDue != null && nextReviewDue.isBefore(day);
    }
}
