package org.coplan.supportplan;

/** How a sign-off or a consent was given, so that anyone can see later how it was obtained. */
public enum HowGiven {
    IN_PERSON, VERBALLY, EASY_READ_FORM, EMAIL, BY_PHONE, PORTAL
}
