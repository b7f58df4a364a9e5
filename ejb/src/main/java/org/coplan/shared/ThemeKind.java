package org.coplan.shared;

/**
 * What an anonymised theme from plans is about: outcomes not yet met, worries people have,
 * or assets in their community.
 */
public enum ThemeKind {
    UNMET_OUTCOME, WORRY, ASSET
}
