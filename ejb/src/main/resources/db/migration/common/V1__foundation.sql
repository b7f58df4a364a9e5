-- CoPlan foundation schema. Flyway alone owns the schema: EclipseLink generates nothing.
-- The same script runs on Payara's embedded H2 2.x and on PostgreSQL 15, so it keeps to
-- SQL both understand. Ids come from sequences (START WITH 1000) so that reference data
-- can use small, fixed ids below that.

CREATE SEQUENCE team_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE team (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    service_area  VARCHAR(40)  NOT NULL,
    locality      VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT team_name_uq UNIQUE (name),
    CONSTRAINT team_service_area_ck CHECK (service_area IN ('ADULTS', 'CHILDREN'))
);

CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT user_account_username_uq UNIQUE (username)
);

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(30) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT user_role_ck CHECK (role IN ('PRACTITIONER', 'MANAGER', 'FACILITATOR', 'FAMILY', 'PARTNER', 'ADMIN'))
);

-- Which teams a member of staff works in: a practitioner or manager sees the people
-- allocated to these teams, and no one else.
CREATE TABLE team_membership (
    user_id  BIGINT NOT NULL,
    team_id  BIGINT NOT NULL,
    CONSTRAINT team_membership_pk PRIMARY KEY (user_id, team_id),
    CONSTRAINT team_membership_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT team_membership_team_fk FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX team_membership_team_idx ON team_membership (team_id);

CREATE SEQUENCE person_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE person (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    reference           VARCHAR(40)  NOT NULL,
    given_name          VARCHAR(100) NOT NULL,
    family_name         VARCHAR(100) NOT NULL,
    preferred_name      VARCHAR(100),
    date_of_birth       DATE         NOT NULL,
    team_id             BIGINT       NOT NULL,
    allocated_worker_id BIGINT,
    next_review_due     DATE,
    version             BIGINT       NOT NULL,
    CONSTRAINT person_reference_uq UNIQUE (reference),
    CONSTRAINT person_team_fk FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT person_worker_fk FOREIGN KEY (allocated_worker_id) REFERENCES user_account (id)
);
CREATE INDEX person_team_name_idx ON person (team_id, family_name, given_name);

-- Append-only record of every view, change and export, and of every denied attempt.
-- On PostgreSQL a later migration stops UPDATE and DELETE on it.
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    record_type  VARCHAR(60),
    record_id    BIGINT,
    purpose      VARCHAR(200)  NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    detail       VARCHAR(1000),
    CONSTRAINT audit_event_outcome_ck CHECK (outcome IN ('ALLOWED', 'DENIED'))
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

-- Reference data tables: the ladders of participation and the outcome frameworks.
-- They are data, never Java enums, so that a council can add its own.
CREATE TABLE decision_rule (
    code         VARCHAR(40)   NOT NULL PRIMARY KEY,
    ordinal      INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL
);

CREATE SEQUENCE ladder_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ladder (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    source       VARCHAR(500)  NOT NULL,
    audience     VARCHAR(40)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT ladder_code_uq UNIQUE (code),
    CONSTRAINT ladder_audience_ck CHECK (audience IN ('ADULTS', 'CHILDREN', 'COMMUNITY'))
);

CREATE SEQUENCE rung_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rung (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    ladder_id              BIGINT        NOT NULL,
    ordinal                INTEGER       NOT NULL,
    code                   VARCHAR(60)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    band                   VARCHAR(30)   NOT NULL,
    decision_power         VARCHAR(40)   NOT NULL,
    default_decision_rule  VARCHAR(40)   NOT NULL,
    retired                BOOLEAN       NOT NULL,
    CONSTRAINT rung_ladder_fk FOREIGN KEY (ladder_id) REFERENCES ladder (id),
    CONSTRAINT rung_rule_fk FOREIGN KEY (default_decision_rule) REFERENCES decision_rule (code),
    CONSTRAINT rung_ordinal_uq UNIQUE (ladder_id, ordinal),
    CONSTRAINT rung_code_uq UNIQUE (ladder_id, code),
    CONSTRAINT rung_band_ck CHECK (band IN ('NON_PARTICIPATION', 'TOKENISM', 'PARTICIPATION', 'POWER')),
    CONSTRAINT rung_power_ck CHECK (decision_power IN
        ('PROFESSIONALS_ALONE', 'PROFESSIONALS_AFTER_LISTENING', 'SHARED', 'PEOPLE_WHO_USE_SERVICES'))
);

-- The default ladder for each service area (adults: TLAP; children and young people: Hart).
CREATE TABLE service_ladder (
    service_area  VARCHAR(40) NOT NULL PRIMARY KEY,
    ladder_id     BIGINT      NOT NULL,
    CONSTRAINT service_ladder_ladder_fk FOREIGN KEY (ladder_id) REFERENCES ladder (id),
    CONSTRAINT service_ladder_area_ck CHECK (service_area IN ('ADULTS', 'CHILDREN'))
);

CREATE SEQUENCE outcome_framework_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outcome_framework (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    audience     VARCHAR(40)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT outcome_framework_code_uq UNIQUE (code),
    CONSTRAINT outcome_framework_audience_ck CHECK (audience IN ('ADULTS', 'CHILDREN'))
);

CREATE SEQUENCE outcome_category_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outcome_category (
    id            BIGINT        NOT NULL PRIMARY KEY,
    framework_id  BIGINT        NOT NULL,
    ordinal       INTEGER       NOT NULL,
    code          VARCHAR(60)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    category_group VARCHAR(100),
    retired       BOOLEAN       NOT NULL,
    CONSTRAINT outcome_category_framework_fk FOREIGN KEY (framework_id) REFERENCES outcome_framework (id),
    CONSTRAINT outcome_category_code_uq UNIQUE (framework_id, code),
    CONSTRAINT outcome_category_ordinal_uq UNIQUE (framework_id, ordinal)
);
