package org.coplan.audit;

/** Whether the audited call was carried out or refused. */
public enum Outcome {
    ALLOWED,
    DENIED
}
