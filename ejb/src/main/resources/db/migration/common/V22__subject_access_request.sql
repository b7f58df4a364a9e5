-- Subject access requests: a person (or someone acting for them) asks for a copy of everything
-- CoPlan holds about them. The council must answer within one month of receiving the request
-- (UK GDPR Article 12(3)); the row keeps the date it came in, the date it is due and the date
-- the copy was sent, so a manager can see what is open and what is late.
CREATE SEQUENCE subject_access_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE subject_access_request (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    received_on      DATE          NOT NULL,
    due_on           DATE          NOT NULL,
    requested_by     VARCHAR(20)   NOT NULL,
    requester_name   VARCHAR(200),
    received_how     VARCHAR(20)   NOT NULL,
    note             VARCHAR(2000),
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    last_produced_at TIMESTAMP,
    last_produced_by VARCHAR(100),
    sent_on          DATE,
    sent_by          VARCHAR(100),
    version          BIGINT        NOT NULL,
    CONSTRAINT subject_access_request_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX subject_access_request_person_idx ON subject_access_request (person_id);
CREATE INDEX subject_access_request_open_idx ON subject_access_request (sent_on, due_on);

