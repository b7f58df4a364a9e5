package org.coplan.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;

/** A subject access request as the manager's list shows it. */
public record RequestView(long id, long personId, String personName, String personReference, String teamName,
                          LocalDate receivedOn, LocalDate dueOn, RequestedBy requestedBy, String requesterName,
                          ReceivedHow receivedHow, String note, String recordedBy, Instant recordedAt,
                          Instant lastProducedAt, String lastProducedBy, LocalDate sentOn, String sentBy, long version) {

    public boolean open() {
        return sentOn == null;
    }

    /** Days left until it is due (negative once late); for a sent request, how early (or late) it went. */
    public long daysLeft(LocalDate today) {
        return Deadline.daysLeft(dueOn, open() ? today : sentOn);
    }

    /** Still open after its due date, or sent after it. */
    public boolean late(LocalDate today) {
        return daysLeft(today) < 0;
    }

    static RequestView of(SubjectAccessRequest r, String personName, String personReference, String teamName) {
        return new RequestView(r.id(), r.personId(), personName, personReference, teamName, r.receivedOn(), r.dueOn(),
                r.requestedBy(), r.requesterName(), r.receivedHow(), r.note(), r.recordedBy(), r.recordedAt(),
                r.lastProducedAt(), r.lastProducedBy(), r.sentOn(), r.sentBy(), r.version());
    }
}
