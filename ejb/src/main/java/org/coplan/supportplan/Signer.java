package org.coplan.supportplan;

/** Who signs a version off: the person or their named representative, the practitioner, and where the council requires it a manager. */
public enum Signer {
    PERSON, REPRESENTATIVE, PRACTITIONER, MANAGER
}
