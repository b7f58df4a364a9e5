package org.coplan.people;

import java.time.LocalDate;

/** A person's record as the person page and the API show it. */
public record PersonDetails(long id, String reference, String givenName, String familyName, String preferredName,
                            LocalDate dateOfBirth, int age, boolean child, long teamId, String teamName,
                            String serviceArea, String locality) {

    static PersonDetails of(Person person, LocalDate today) {
        Team team = person.team();
        return new PersonDetails(person.id(), person.reference(), person.givenName(), person.familyName(),
                person.preferredName(), person.dateOfBirth(), person.ageOn(today), person.isChildOn(today),
                team.id(), team.name(), team.serviceArea().name(), team.locality());
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
