package org.coplan.participation;

import java.io.Serializable;

/** A decision rule as the administrator chooses it for a rung: code, name and what it means. */
public record DecisionRuleChoice(String code, String name, String description) implements Serializable {
}
