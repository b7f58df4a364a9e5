package org.coplan.retention;

import java.time.Instant;

/** A legal hold as the screens show it. */
public record HoldView(long id, long personId, String reason, String placedBy, Instant placedAt, String liftedBy, Instant liftedAt,
                       String liftReason, boolean stands, long version) {

    static HoldView of(LegalHold h) {
        return new HoldView(h.id(), h.personId(), h.reason(), h.placedBy(), h.placedAt(), h.liftedBy(), h.liftedAt(), h.liftReason(),
                h.stands(), h.version());
    }
}
