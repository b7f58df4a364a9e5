package org.coplan.subjectaccess;

/** Who made a subject access request. */
public enum RequestedBy {
    /** The person the record is about. */
    THE_PERSON,
    /** Someone with the right to act for them: a parent for a young child, an attorney, a deputy, a solicitor. */
    SOMEONE_FOR_THEM
}
