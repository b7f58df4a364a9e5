package org.coplan.retention;

/** The kinds of case record a retention rule is about, each with a rule of its own. */
public enum RecordType {
    /** A person supported by adult services, and not a child when their last plan closed. */
    ADULT,
    /** A person supported by children's services, or a child when their last plan closed. */
    CHILD,
    /** A person the council looks or looked after as a child. */
    LOOKED_AFTER_CHILD
}
