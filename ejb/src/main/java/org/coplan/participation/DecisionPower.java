package org.coplan.participation;

/** Who holds the power to decide at a rung. */
public enum DecisionPower {
    PROFESSIONALS_ALONE,
    PROFESSIONALS_AFTER_LISTENING,
    SHARED,
    PEOPLE_WHO_USE_SERVICES
}
