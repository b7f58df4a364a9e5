-- Co-design sessions, the pledges made in them, and the hours and payments of members. A
-- session's method-specific detail (Open Space topics, a World Café's tables and harvest) is
-- kept as the JSON of its value object, like a plan's sections.

CREATE SEQUENCE project_session_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE project_session (
    id             BIGINT         NOT NULL PRIMARY KEY,
    project_id     BIGINT         NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    method         VARCHAR(20)    NOT NULL,
    series_name    VARCHAR(200),
    series_no      INTEGER,
    planned_on     DATE           NOT NULL,
    held           BOOLEAN        NOT NULL,
    agenda         VARCHAR(4000)  NOT NULL,
    outputs        VARCHAR(4000)  NOT NULL,
    method_detail  VARCHAR(20000),
    created_by     VARCHAR(100)   NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT project_session_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT project_session_method_ck CHECK (method IN ('WORKSHOP', 'PATH', 'OPEN_SPACE', 'WORLD_CAFE', 'SERIES_MEETING'))
);
CREATE INDEX project_session_project_idx ON project_session (project_id, planned_on);

CREATE TABLE session_attendee (
    session_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    standing    VARCHAR(30)   NOT NULL,
    CONSTRAINT session_attendee_pk PRIMARY KEY (session_id, position),
    CONSTRAINT session_attendee_session_fk FOREIGN KEY (session_id) REFERENCES project_session (id)
);
ALTER TABLE decision ADD CONSTRAINT decision_session_fk FOREIGN KEY (session_id) REFERENCES project_session (id);
CREATE INDEX decision_session_idx ON decision (session_id);

CREATE SEQUENCE pledge_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE pledge (
    id              BIGINT         NOT NULL PRIMARY KEY,
    project_id      BIGINT         NOT NULL,
    session_id      BIGINT         NOT NULL,
    member_user_id  BIGINT         NOT NULL,
    what            VARCHAR(2000)  NOT NULL,
    due_on          DATE           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    status_note     VARCHAR(2000),
    updated_by      VARCHAR(100)   NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT pledge_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT pledge_session_fk FOREIGN KEY (session_id) REFERENCES project_session (id),
    CONSTRAINT pledge_member_fk FOREIGN KEY (member_user_id) REFERENCES user_account (id),
    CONSTRAINT pledge_status_ck CHECK (status IN ('IN_PROGRESS', 'KEPT', 'BROKEN'))
);
CREATE INDEX pledge_project_idx ON pledge (project_id, due_on);

-- Hours given, and for unpaid contributors what they are paid for them: the rate and amount in
-- pence, when it was claimed and when it was paid.
CREATE SEQUENCE contribution_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE contribution (
    id              BIGINT         NOT NULL PRIMARY KEY,
    project_id      BIGINT         NOT NULL,
    member_user_id  BIGINT         NOT NULL,
    worked_on       DATE           NOT NULL,
    minutes         INTEGER        NOT NULL,
    rate_pence      INTEGER,
    amount_pence    INTEGER,
    claimed_on      DATE,
    paid_on         DATE,
    recorded_by     VARCHAR(100)   NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT contribution_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT contribution_member_fk FOREIGN KEY (member_user_id) REFERENCES user_account (id),
    CONSTRAINT contribution_minutes_ck CHECK (minutes > 0),
    CONSTRAINT contribution_paid_ck CHECK (paid_on IS NULL OR (claimed_on IS NOT NULL AND paid_on >= claimed_on))
);
CREATE INDEX contribution_project_idx ON contribution (project_id, member_user_id);
