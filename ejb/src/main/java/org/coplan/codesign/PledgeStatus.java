package org.coplan.codesign;

/** Where a pledge stands: being worked on, kept, or broken. */
public enum PledgeStatus {
    IN_PROGRESS, KEPT, BROKEN
}
