package org.coplan.participation;

/** The standing of someone who proposed, took part in or made a decision. */
public enum Standing {
    PERSON,
    FAMILY_CARER,
    PRACTITIONER,
    MANAGER,
    PANEL,
    PARTNER_GROUP,
    COMMISSIONER;

    /** People who use services, their families and carers, and groups of them. */
    public boolean livedExperience() {
        return this == PERSON || this == FAMILY_CARER || this == PARTNER_GROUP;
    }
}
