package org.coplan.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it. The two are deliberately one
 * exception: a caller must not be able to tell them apart, so that ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final Object recordId;

    public RecordNotFoundException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " not found or no access");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public Object recordId() {
        return recordId;
    }
}
