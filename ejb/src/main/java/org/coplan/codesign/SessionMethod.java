package org.coplan.codesign;

/**
 * How a session is run. Open Space and World Café carry their own structure (see
 * {@link MethodDetail}); a series meeting is one of a planned series such as Keeping it Personal.
 */
public enum SessionMethod {
    WORKSHOP, PATH, OPEN_SPACE, WORLD_CAFE, SERIES_MEETING
}
