package org.coplan.shared;

/** The council services CoPlan works in. Each has its own default ladder and outcome framework. */
public enum ServiceArea {
    ADULTS,
    CHILDREN
}
