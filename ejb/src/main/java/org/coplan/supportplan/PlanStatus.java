package org.coplan.supportplan;

/** Where a plan is in its life: draft → agreed → under review → superseded, or closed. */
public enum PlanStatus {
    DRAFT,
    AGREED,
    UNDER_REVIEW,
    SUPERSEDED,
    CLOSED
}
