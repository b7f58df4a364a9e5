package org.coplan.supportplan;

/** What the person agrees their plan may be used for: sharing with their circle, with a named agency, or as anonymised themes for co-design. */
public enum ConsentPurpose {
    CIRCLE, AGENCY, CODESIGN_THEMES
}
