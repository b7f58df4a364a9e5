package org.coplan.subjectaccess;

/** How a subject access request reached the council. A request is valid in any form, spoken ones too. */
public enum ReceivedHow {
    LETTER, EMAIL, IN_PERSON, BY_PHONE, PORTAL, OTHER
}
