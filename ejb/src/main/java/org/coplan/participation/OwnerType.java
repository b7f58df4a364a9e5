package org.coplan.participation;

/** What a decision belongs to: exactly one of these. */
public enum OwnerType {
    SUPPORT_PLAN("SupportPlan"),
    PLAN_REVIEW("PlanReview"),
    PROJECT("CoDesignProject"),
    SESSION("Session");

    private final String recordType;

    OwnerType(String recordType) {
        this.recordType = recordType;
    }

    /** The record type the audit trail and refusals name for an owner of this kind. */
    public String recordType() {
        return recordType;
    }
}
