package org.coplan.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.coplan.participation.Standing;

/** Someone who came to a session, with their standing (the person, a carer, a practitioner, …). */
@Embeddable
public class Attendee {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Standing standing;

    protected Attendee() {
        // for JPA
    }

    public Attendee(String name, Standing standing) {
        this.name = name.strip();
        this.standing = standing;
    }

    public String name() {
        return name;
    }

    public Standing standing() {
        return standing;
    }
}
