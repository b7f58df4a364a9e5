package org.coplan.participation;

/** What a decision belongs to: exactly one of these. */
public enum OwnerType {
    SUPPORT_PLAN,
    PLAN_REVIEW,
    PROJECT,
    SESSION
}
