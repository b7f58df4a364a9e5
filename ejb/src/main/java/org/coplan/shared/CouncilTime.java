package org.coplan.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The council's own calendar. Councils work in UK time: "today", a review's due date and the
 * day a decision was fed back are UK days, whatever zone the server runs in (UTC here).
 */
public final class CouncilTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CouncilTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
