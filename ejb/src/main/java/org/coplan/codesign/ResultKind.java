package org.coplan.codesign;

/** What changed because of a project: a service changed, a new group began, a practice stopped, or something else. */
public enum ResultKind {
    SERVICE_CHANGE, NEW_GROUP, STOPPED_PRACTICE, OTHER
}
