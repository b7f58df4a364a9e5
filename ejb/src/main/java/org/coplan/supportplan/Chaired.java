package org.coplan.supportplan;

/** Whether the person chaired their own review, shared the chair, or neither. */
public enum Chaired {
    PERSON_CHAIRED, CO_CHAIRED, NOT_CHAIRED
}
