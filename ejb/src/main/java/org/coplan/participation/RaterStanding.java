package org.coplan.participation;

/** Who gave a lived-experience rating of a decision's rung. */
public enum RaterStanding {
    PERSON,
    FAMILY_MEMBER,
    PARTNER
}
