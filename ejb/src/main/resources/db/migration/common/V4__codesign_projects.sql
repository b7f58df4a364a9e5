-- Co-design projects and their members: the start of the community level. Sessions, pledges,
-- contributions, results and the power map come with the co-design issue.
CREATE SEQUENCE codesign_project_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE codesign_project (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    aim             VARCHAR(2000) NOT NULL,
    locality        VARCHAR(200)  NOT NULL,
    service_area    VARCHAR(40)   NOT NULL,
    ladder_id       BIGINT        NOT NULL,
    target_rung_id  BIGINT        NOT NULL,
    stage           VARCHAR(30)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT codesign_project_ladder_fk FOREIGN KEY (ladder_id) REFERENCES ladder (id),
    CONSTRAINT codesign_project_rung_fk FOREIGN KEY (target_rung_id) REFERENCES rung (id),
    CONSTRAINT codesign_project_area_ck CHECK (service_area IN ('ADULTS', 'CHILDREN')),
    CONSTRAINT codesign_project_stage_ck CHECK (stage IN ('SCOPING', 'IN_PROGRESS', 'ACTING_ON_RESULTS', 'CLOSED'))
);

-- Who is in a project and as what. A member need not hold a CoPlan login role for the
-- project's work (a practitioner can be a member), but only members see the project.
CREATE TABLE project_member (
    project_id          BIGINT      NOT NULL,
    user_id             BIGINT      NOT NULL,
    project_role        VARCHAR(40) NOT NULL,
    unpaid_contributor  BOOLEAN     NOT NULL,
    CONSTRAINT project_member_pk PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_member_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT project_member_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT project_member_role_ck CHECK (project_role IN ('FACILITATOR', 'PERSON_USING_SERVICES', 'CARER',
        'PRACTITIONER', 'MANAGER', 'COMMISSIONER', 'COMMUNITY_ORGANISATION'))
);
CREATE INDEX project_member_user_idx ON project_member (user_id);
