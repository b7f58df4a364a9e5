package org.coplan.codesign;

/** The life cycle of a co-design project. */
public enum ProjectStage {
    SCOPING,
    IN_PROGRESS,
    ACTING_ON_RESULTS,
    CLOSED
}
