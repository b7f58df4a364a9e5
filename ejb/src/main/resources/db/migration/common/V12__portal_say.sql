-- What a family user says through the portal: their own words for About me (which a
-- practitioner accepts into the plan, or not, saying why), and agreement or disagreement
-- with a section, with a comment.
CREATE SEQUENCE portal_say_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE portal_say (
    id             BIGINT         NOT NULL PRIMARY KEY,
    plan_id        BIGINT         NOT NULL,
    user_id        BIGINT         NOT NULL,
    user_name      VARCHAR(200)   NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    section_key    VARCHAR(20)    NOT NULL,
    words          VARCHAR(2000),
    said_at        TIMESTAMP      NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP,
    decision_note  VARCHAR(1000),
    version        BIGINT         NOT NULL,
    CONSTRAINT portal_say_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id),
    CONSTRAINT portal_say_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT portal_say_kind_ck CHECK (kind IN ('OWN_WORDS', 'AGREE', 'DISAGREE')),
    CONSTRAINT portal_say_status_ck CHECK (status IN ('NOTED', 'WAITING', 'ACCEPTED', 'NOT_ACCEPTED'))
);
CREATE INDEX portal_say_plan_idx ON portal_say (plan_id, said_at);
