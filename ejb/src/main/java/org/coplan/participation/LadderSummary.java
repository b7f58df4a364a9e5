package org.coplan.participation;

import java.io.Serializable;

/** One line of the administrator's overview of ladders. */
public record LadderSummary(long id, String code, String name, String description, String audience,
                            long rungCount, long rungsInUse) implements Serializable {
}
