-- Person-centred support plans: versions with their sections, sign-offs, reviews, measures and
-- consent. A version's sections are kept as JSON documents, one row per section, so that a new
-- draft copies the agreed version row by row and any two versions can be compared section by
-- section. Reviews, measures and consent belong to the plan, not to a version: a reading taken
-- last month or a consent withdrawn today must not depend on which version is current.

-- The next review is a fact about the plan, not the person: it moves here from person.
ALTER TABLE support_plan ADD COLUMN next_review_due DATE;
-- The person's current plan (their latest) carries the person's id here, and only that plan: the
-- unique constraint makes "one current plan per person" a rule of the database.
ALTER TABLE support_plan ADD COLUMN current_for_person BIGINT;
ALTER TABLE support_plan ADD COLUMN current_version_no INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE support_plan ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE support_plan ADD COLUMN closed_reason VARCHAR(2000);
UPDATE support_plan SET next_review_due = (SELECT p.next_review_due FROM person p WHERE p.id = support_plan.person_id);
UPDATE support_plan SET current_for_person = person_id
 WHERE id = (SELECT MAX(s2.id) FROM support_plan s2 WHERE s2.person_id = support_plan.person_id);
ALTER TABLE support_plan ADD CONSTRAINT support_plan_current_uq UNIQUE (current_for_person);
ALTER TABLE person DROP COLUMN next_review_due;
CREATE INDEX support_plan_review_due_idx ON support_plan (next_review_due);

CREATE SEQUENCE plan_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_version (
    id             BIGINT       NOT NULL PRIMARY KEY,
    plan_id        BIGINT       NOT NULL,
    version_no     INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    based_on_no    INTEGER,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    last_saved_by  VARCHAR(200) NOT NULL,
    last_saved_at  TIMESTAMP    NOT NULL,
    agreed_on      DATE,
    agreed_at      TIMESTAMP,
    agreed_by      VARCHAR(100),
    revision       BIGINT       NOT NULL,
    CONSTRAINT plan_version_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id),
    CONSTRAINT plan_version_no_uq UNIQUE (plan_id, version_no),
    CONSTRAINT plan_version_status_ck CHECK (status IN ('DRAFT', 'AGREED', 'UNDER_REVIEW', 'SUPERSEDED', 'CLOSED'))
);
-- Plans created before versions existed get an empty first draft. Their ids are the plan's id,
-- negated, so they can never meet an id the sequence hands out.
INSERT INTO plan_version (id, plan_id, version_no, status, created_by, created_at, last_saved_by, last_saved_at, revision)
SELECT -s.id, s.id, 1, 'DRAFT', 'system', s.created_at, 'system', s.created_at, 0 FROM support_plan s;
UPDATE support_plan SET status = 'DRAFT';

CREATE SEQUENCE plan_section_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_section (
    id               BIGINT         NOT NULL PRIMARY KEY,
    plan_version_id  BIGINT         NOT NULL,
    section_key      VARCHAR(30)    NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    changed_by       VARCHAR(200)   NOT NULL,
    changed_at       TIMESTAMP      NOT NULL,
    CONSTRAINT plan_section_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id),
    CONSTRAINT plan_section_uq UNIQUE (plan_version_id, section_key)
);

-- Who agreed a version, when and how. A sign-off is for the revision it was given on: a change
-- to the draft afterwards means it has to be given again.
CREATE SEQUENCE plan_sign_off_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_sign_off (
    id               BIGINT        NOT NULL PRIMARY KEY,
    plan_version_id  BIGINT        NOT NULL,
    signer           VARCHAR(20)   NOT NULL,
    signer_name      VARCHAR(200)  NOT NULL,
    signed_on        DATE          NOT NULL,
    how_given        VARCHAR(20)   NOT NULL,
    at_revision      BIGINT        NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    CONSTRAINT plan_sign_off_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id),
    CONSTRAINT plan_sign_off_signer_ck CHECK (signer IN ('PERSON', 'REPRESENTATIVE', 'PRACTITIONER', 'MANAGER'))
);
CREATE INDEX plan_sign_off_version_idx ON plan_sign_off (plan_version_id);

CREATE SEQUENCE plan_review_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_review (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    plan_id              BIGINT        NOT NULL,
    held_on              DATE          NOT NULL,
    attendees            VARCHAR(2000) NOT NULL,
    chaired              VARCHAR(20)   NOT NULL,
    working              VARCHAR(4000) NOT NULL,
    not_working          VARCHAR(4000) NOT NULL,
    own_words            VARCHAR(4000) NOT NULL,
    disagreements        VARCHAR(4000) NOT NULL,
    next_review_due      DATE          NOT NULL,
    reviewed_version_no  INTEGER       NOT NULL,
    recorded_by          VARCHAR(100)  NOT NULL,
    recorded_at          TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT plan_review_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id),
    CONSTRAINT plan_review_chaired_ck CHECK (chaired IN ('PERSON_CHAIRED', 'CO_CHAIRED', 'NOT_CHAIRED'))
);
CREATE INDEX plan_review_plan_idx ON plan_review (plan_id, held_on);
ALTER TABLE decision ADD CONSTRAINT decision_plan_review_fk FOREIGN KEY (plan_review_id) REFERENCES plan_review (id);
CREATE INDEX decision_plan_review_idx ON decision (plan_review_id);

-- Readings on a 1-10 journey scale against one outcome (by its key, which stays the same from
-- version to version).
CREATE SEQUENCE plan_measure_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_measure (
    id            BIGINT        NOT NULL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    outcome_key   VARCHAR(40)   NOT NULL,
    taken_on      DATE          NOT NULL,
    score         INTEGER       NOT NULL,
    note          VARCHAR(1000),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT plan_measure_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id),
    CONSTRAINT plan_measure_score_ck CHECK (score BETWEEN 1 AND 10)
);
CREATE INDEX plan_measure_plan_idx ON plan_measure (plan_id, outcome_key, taken_on);

-- Consent per purpose. Withdrawal is a timestamp on the row, so it takes effect with the
-- statement that sets it, and the history of what was agreed stays.
CREATE SEQUENCE plan_consent_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE plan_consent (
    id              BIGINT        NOT NULL PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    purpose         VARCHAR(20)   NOT NULL,
    agency          VARCHAR(200),
    given_by        VARCHAR(200)  NOT NULL,
    given_on        DATE          NOT NULL,
    how_given       VARCHAR(20)   NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    withdrawn_at    TIMESTAMP,
    withdrawn_by    VARCHAR(100),
    withdrawal_note VARCHAR(1000),
    CONSTRAINT plan_consent_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id),
    CONSTRAINT plan_consent_purpose_ck CHECK (purpose IN ('CIRCLE', 'AGENCY', 'CODESIGN_THEMES')),
    CONSTRAINT plan_consent_agency_ck CHECK ((purpose = 'AGENCY') = (agency IS NOT NULL))
);
CREATE INDEX plan_consent_plan_idx ON plan_consent (plan_id, purpose);
