-- The audit trail's hash chain (org.coplan.audit.AuditChain). One row a link: the first link
-- (chain_no 0) covers every event recorded before the chain existed; each later link seals one
-- event with the hash of the link before it and its own hash. Written once, never changed.
CREATE TABLE audit_seal (
    chain_no      BIGINT       NOT NULL,
    event_id      BIGINT,
    prev_hash     VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    sealed_at     TIMESTAMP    NOT NULL,
    covers_to_id  BIGINT,
    covers_events BIGINT,
    CONSTRAINT audit_seal_pk PRIMARY KEY (chain_no),
    CONSTRAINT audit_seal_event_uk UNIQUE (event_id)
);

-- The sealer looks for events of the last few minutes not sealed yet.
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
