package org.coplan.participation;

/** Who a ladder is written for: adults, children and young people, or a community as a whole. */
public enum Audience {
    ADULTS,
    CHILDREN,
    COMMUNITY
}
