-- Retention: how long a person's case record is kept, legal holds that stop its removal, and a
-- log of every retention run and of what each run found and did (org.coplan.retention).

-- Looked after by the council as a child (in care, or under a supervision requirement): such a
-- child's record is kept far longer. Set on the person, by the council's own processes.
ALTER TABLE person ADD COLUMN looked_after BOOLEAN DEFAULT FALSE NOT NULL;
-- The day the record was anonymised under a retention rule; such a record is never due again.
ALTER TABLE person ADD COLUMN anonymised_on DATE;

-- One rule per kind of case record. The basis says what the years count from: the day the
-- person's last plan closed, or their date of birth (kept until that birthday).
CREATE TABLE retention_rule (
    record_type  VARCHAR(30)   NOT NULL PRIMARY KEY,
    basis        VARCHAR(20)   NOT NULL,
    years        INT           NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT retention_rule_type_ck CHECK (record_type IN ('ADULT', 'CHILD', 'LOOKED_AFTER_CHILD')),
    CONSTRAINT retention_rule_basis_ck CHECK (basis IN ('PLAN_CLOSED', 'BIRTHDAY')),
    CONSTRAINT retention_rule_years_ck CHECK (years BETWEEN 1 AND 150),
    CONSTRAINT retention_rule_action_ck CHECK (action IN ('DELETE', 'ANONYMISE'))
);
INSERT INTO retention_rule (record_type, basis, years, action, changed_by, changed_at, version)
    VALUES ('ADULT', 'PLAN_CLOSED', 6, 'ANONYMISE', 'CoPlan default', CURRENT_TIMESTAMP, 0);
INSERT INTO retention_rule (record_type, basis, years, action, changed_by, changed_at, version)
    VALUES ('CHILD', 'BIRTHDAY', 25, 'ANONYMISE', 'CoPlan default', CURRENT_TIMESTAMP, 0);
INSERT INTO retention_rule (record_type, basis, years, action, changed_by, changed_at, version)
    VALUES ('LOOKED_AFTER_CHILD', 'BIRTHDAY', 100, 'ANONYMISE', 'CoPlan default', CURRENT_TIMESTAMP, 0);

-- A legal hold stops a person's record being deleted or anonymised while it stands. Lifting it
-- keeps the row, with who lifted it, when and why.
CREATE SEQUENCE legal_hold_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE legal_hold (
    id           BIGINT         NOT NULL PRIMARY KEY,
    person_id    BIGINT         NOT NULL,
    reason       VARCHAR(1000)  NOT NULL,
    placed_by    VARCHAR(100)   NOT NULL,
    placed_at    TIMESTAMP      NOT NULL,
    lifted_by    VARCHAR(100),
    lifted_at    TIMESTAMP,
    lift_reason  VARCHAR(1000),
    version      BIGINT         NOT NULL,
    CONSTRAINT legal_hold_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX legal_hold_person_idx ON legal_hold (person_id, lifted_at);

-- A run of the retention job: a dry run changes nothing and only lists what is due.
CREATE SEQUENCE retention_run_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE retention_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    dry_run      BOOLEAN       NOT NULL,
    started_by   VARCHAR(100)  NOT NULL,
    started_at   TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP,
    as_of        DATE          NOT NULL,
    scope        VARCHAR(20)   NOT NULL,
    people_due   INT           NOT NULL,
    held         INT           NOT NULL,
    deleted      INT           NOT NULL,
    anonymised   INT           NOT NULL,
    failed       INT           NOT NULL,
    CONSTRAINT retention_run_scope_ck CHECK (scope IN ('EVERYONE', 'CHOSEN'))
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at);

-- One row per person a run found due: why, since when, and what was (or would be) done. It
-- names no one: the person's id and case reference only, which outlive a deleted record.
CREATE SEQUENCE retention_run_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE retention_run_item (
    id            BIGINT         NOT NULL PRIMARY KEY,
    run_id        BIGINT         NOT NULL,
    person_id     BIGINT         NOT NULL,
    reference     VARCHAR(40)    NOT NULL,
    record_type   VARCHAR(30)    NOT NULL,
    due_on        DATE           NOT NULL,
    why           VARCHAR(300)   NOT NULL,
    action        VARCHAR(20)    NOT NULL,
    outcome       VARCHAR(20)    NOT NULL,
    rows_changed  INT            NOT NULL,
    problem       VARCHAR(1000),
    done_at       TIMESTAMP      NOT NULL,
    CONSTRAINT retention_run_item_run_fk FOREIGN KEY (run_id) REFERENCES retention_run (id),
    CONSTRAINT retention_run_item_outcome_ck CHECK (outcome IN
        ('WOULD_DELETE', 'WOULD_ANONYMISE', 'HELD', 'DELETED', 'ANONYMISED', 'NO_LONGER_DUE', 'FAILED'))
);
CREATE INDEX retention_run_item_run_idx ON retention_run_item (run_id, reference);
