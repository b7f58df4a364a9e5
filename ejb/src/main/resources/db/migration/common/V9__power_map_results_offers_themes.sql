-- The power map of a project (who holds power over its decisions and who is affected by them),
-- kept as the JSON of its value object; the results of a project and the community offers made
-- from them; the anonymised themes a facilitator attached to a project as evidence; and which
-- plan versions use a community offer as an action.

ALTER TABLE codesign_project ADD COLUMN power_map VARCHAR(20000);
-- Counts saves of the power map, so that a facilitator's change made against an older map is refused.
ALTER TABLE codesign_project ADD COLUMN power_map_revision INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE project_result_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE project_result (
    id            BIGINT         NOT NULL PRIMARY KEY,
    project_id    BIGINT         NOT NULL,
    kind          VARCHAR(30)    NOT NULL,
    what_changed  VARCHAR(4000)  NOT NULL,
    changed_on    DATE           NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   TIMESTAMP      NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT project_result_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT project_result_kind_ck CHECK (kind IN ('SERVICE_CHANGE', 'NEW_GROUP', 'STOPPED_PRACTICE', 'OTHER'))
);
CREATE INDEX project_result_project_idx ON project_result (project_id, changed_on);

-- A result people can use: what it is, who can use it, how to get it, whom to contact, where.
CREATE SEQUENCE community_offer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE community_offer (
    id            BIGINT         NOT NULL PRIMARY KEY,
    project_id    BIGINT         NOT NULL,
    result_id     BIGINT         NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    who_can_use   VARCHAR(1000)  NOT NULL,
    how_to_get    VARCHAR(1000)  NOT NULL,
    contact       VARCHAR(300)   NOT NULL,
    locality      VARCHAR(200)   NOT NULL,
    service_area  VARCHAR(40)    NOT NULL,
    ended_on      DATE,
    version       BIGINT         NOT NULL,
    CONSTRAINT community_offer_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT community_offer_result_fk FOREIGN KEY (result_id) REFERENCES project_result (id),
    CONSTRAINT community_offer_result_uq UNIQUE (result_id),
    CONSTRAINT community_offer_area_ck CHECK (service_area IN ('ADULTS', 'CHILDREN'))
);
CREATE INDEX community_offer_area_idx ON community_offer (service_area, locality);
CREATE INDEX community_offer_project_idx ON community_offer (project_id);

-- A theme is named by what it is about, never by whom: its kind, framework category and
-- locality. How many people it holds is counted when it is read, so a withdrawn consent
-- takes the plan out of every attached theme at once.
CREATE TABLE project_theme (
    project_id   BIGINT         NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    framework    VARCHAR(40)    NOT NULL,
    category     VARCHAR(80)    NOT NULL,
    locality     VARCHAR(200)   NOT NULL,
    category_name VARCHAR(200)  NOT NULL,
    note         VARCHAR(1000),
    attached_by  VARCHAR(100)   NOT NULL,
    attached_at  TIMESTAMP      NOT NULL,
    CONSTRAINT project_theme_pk PRIMARY KEY (project_id, kind, framework, category, locality),
    CONSTRAINT project_theme_project_fk FOREIGN KEY (project_id) REFERENCES codesign_project (id),
    CONSTRAINT project_theme_kind_ck CHECK (kind IN ('UNMET_OUTCOME', 'WORRY', 'ASSET'))
);

CREATE TABLE plan_offer_use (
    plan_version_id  BIGINT  NOT NULL,
    offer_id         BIGINT  NOT NULL,
    CONSTRAINT plan_offer_use_pk PRIMARY KEY (plan_version_id, offer_id),
    CONSTRAINT plan_offer_use_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id),
    CONSTRAINT plan_offer_use_offer_fk FOREIGN KEY (offer_id) REFERENCES community_offer (id)
);
CREATE INDEX plan_offer_use_offer_idx ON plan_offer_use (offer_id);
