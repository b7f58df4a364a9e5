package org.coplan.participation;

/**
 * How a decision was taken. The five rules of DOMAIN.md; their names and descriptions for
 * screens are reference data in the decision_rule table.
 */
public enum DecisionRule {
    PERSON_DECIDED(DecisionPower.PEOPLE_WHO_USE_SERVICES),
    DECIDED_JOINTLY(DecisionPower.SHARED),
    PROFESSIONAL_AFTER_CONSULTING(DecisionPower.PROFESSIONALS_AFTER_LISTENING),
    PROFESSIONAL_INFORMED(DecisionPower.PROFESSIONALS_ALONE),
    /** Decided by a panel or budget holder: for the person, no more power than being told. */
    DECIDED_ELSEWHERE(DecisionPower.PROFESSIONALS_ALONE);

    private final DecisionPower power;

    DecisionRule(DecisionPower power) {
        this.power = power;
    }

    /** Who holds the power under this rule. */
    public DecisionPower power() {
        return power;
    }
}
