package org.coplan.participation;

/** The four bands a rung falls in, from no real participation up to power held by people. */
public enum Band {
    NON_PARTICIPATION,
    TOKENISM,
    PARTICIPATION,
    POWER
}
