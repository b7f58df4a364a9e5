package org.coplan.codesign;

/** What a member brings to a project. */
public enum ProjectRole {
    FACILITATOR,
    PERSON_USING_SERVICES,
    CARER,
    PRACTITIONER,
    MANAGER,
    COMMISSIONER,
    COMMUNITY_ORGANISATION;

    /** People with lived experience: the ones whose power the ladder measures. */
    public boolean livedExperience() {
        return this == PERSON_USING_SERVICES || this == CARER;
    }
}
