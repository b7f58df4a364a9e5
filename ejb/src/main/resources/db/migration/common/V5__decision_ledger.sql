-- The decision ledger, and the support plan that plan decisions belong to (the plan's sections
-- come with the support plans issue). A decision belongs to exactly one owner; its content is
-- kept in versions, so that a decision fed back to people is never changed in place.

CREATE SEQUENCE support_plan_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE support_plan (
    id          BIGINT      NOT NULL PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    ladder_id   BIGINT      NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT support_plan_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT support_plan_ladder_fk FOREIGN KEY (ladder_id) REFERENCES ladder (id),
    CONSTRAINT support_plan_status_ck CHECK (status IN ('DRAFT', 'AGREED', 'UNDER_REVIEW', 'SUPERSEDED', 'CLOSED'))
);
CREATE INDEX support_plan_person_idx ON support_plan (person_id);

CREATE SEQUENCE decision_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE decision (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    support_plan_id     BIGINT,
    plan_review_id      BIGINT,
    project_id          BIGINT,
    session_id          BIGINT,
    ladder_id           BIGINT       NOT NULL,
    current_version_no  INTEGER      NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT decision_plan_fk FOREIGN KEY (support_plan_id) REFERENCES support_plan (id),
    CONSTRAINT decision_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT decision_ladder_fk FOREIGN KEY (ladder_id) REFERENCES ladder (id),
    -- Exactly one owner: a plan, a plan review, a project or a session.
    CONSTRAINT decision_one_owner_ck CHECK (
        (CASE WHEN support_plan_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN plan_review_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN project_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN session_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX decision_plan_idx ON decision (support_plan_id);
CREATE INDEX decision_project_idx ON decision (project_id);

CREATE SEQUENCE decision_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE decision_version (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    decision_id            BIGINT        NOT NULL,
    version_no             INTEGER       NOT NULL,
    question               VARCHAR(2000) NOT NULL,
    outcome                VARCHAR(4000) NOT NULL,
    proposer_name          VARCHAR(200)  NOT NULL,
    proposer_standing      VARCHAR(30)   NOT NULL,
    decision_rule          VARCHAR(40)   NOT NULL,
    rung_id                BIGINT        NOT NULL,
    suggested_rung_id      BIGINT        NOT NULL,
    rung_reason            VARCHAR(2000),
    input_changed_outcome  BOOLEAN       NOT NULL,
    you_said               VARCHAR(4000),
    we_did                 VARCHAR(4000),
    decided_on             DATE          NOT NULL,
    fed_back_on            DATE,
    recorded_by            VARCHAR(100)  NOT NULL,
    recorded_at            TIMESTAMP     NOT NULL,
    change_reason          VARCHAR(2000),
    CONSTRAINT decision_version_decision_fk FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT decision_version_rule_fk FOREIGN KEY (decision_rule) REFERENCES decision_rule (code),
    CONSTRAINT decision_version_rung_fk FOREIGN KEY (rung_id) REFERENCES rung (id),
    CONSTRAINT decision_version_suggested_fk FOREIGN KEY (suggested_rung_id) REFERENCES rung (id),
    CONSTRAINT decision_version_no_uq UNIQUE (decision_id, version_no)
);
CREATE INDEX decision_version_rung_idx ON decision_version (rung_id);

CREATE TABLE decision_option (
    version_id  BIGINT        NOT NULL,
    ordinal     INTEGER       NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    CONSTRAINT decision_option_pk PRIMARY KEY (version_id, ordinal),
    CONSTRAINT decision_option_version_fk FOREIGN KEY (version_id) REFERENCES decision_version (id)
);

-- Who took part and who decided, each named with their standing.
CREATE TABLE decision_participant (
    version_id  BIGINT       NOT NULL,
    ordinal     INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    standing    VARCHAR(30)  NOT NULL,
    CONSTRAINT decision_participant_pk PRIMARY KEY (version_id, ordinal),
    CONSTRAINT decision_participant_version_fk FOREIGN KEY (version_id) REFERENCES decision_version (id)
);
CREATE TABLE decision_decider (
    version_id  BIGINT       NOT NULL,
    ordinal     INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    standing    VARCHAR(30)  NOT NULL,
    CONSTRAINT decision_decider_pk PRIMARY KEY (version_id, ordinal),
    CONSTRAINT decision_decider_version_fk FOREIGN KEY (version_id) REFERENCES decision_version (id)
);

-- The lived-experience view of a decision's rung: the person's, a family member's or a
-- partner's own rating, kept beside the rung staff recorded.
CREATE SEQUENCE decision_rating_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE decision_rating (
    id               BIGINT        NOT NULL PRIMARY KEY,
    decision_id      BIGINT        NOT NULL,
    version_no       INTEGER       NOT NULL,
    rater_standing   VARCHAR(30)   NOT NULL,
    rater_name       VARCHAR(200)  NOT NULL,
    rater_user_id    BIGINT,
    recorded_by      VARCHAR(100)  NOT NULL,
    rung_id          BIGINT        NOT NULL,
    comment_text     VARCHAR(2000),
    rated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT decision_rating_decision_fk FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT decision_rating_rung_fk FOREIGN KEY (rung_id) REFERENCES rung (id),
    CONSTRAINT decision_rating_user_fk FOREIGN KEY (rater_user_id) REFERENCES user_account (id),
    CONSTRAINT decision_rating_standing_ck CHECK (rater_standing IN ('PERSON', 'FAMILY_MEMBER', 'PARTNER'))
);
CREATE INDEX decision_rating_decision_idx ON decision_rating (decision_id);
CREATE INDEX decision_rating_rung_idx ON decision_rating (rung_id);
