package org.coplan.participation;

import java.io.Serializable;

/**
 * What a rung means, as the administrator writes it: its name, a plain-language description for
 * people who use services, its band, who holds the power to decide, and the decision rule a
 * decision placed on it gets by default (a code from the decision_rule reference table).
 */
public record RungDescription(String name, String description, Band band, DecisionPower decisionPower,
                              String defaultDecisionRule) implements Serializable {
}
