-- Portal links: a family user (the person, a family member, a carer or a representative) linked
-- to a person, naming the plan sections they may see. The person's own wishes are recorded,
-- and for a child aged 12 or more the child's own view. A link ends at once and is kept.
CREATE SEQUENCE portal_link_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE portal_link (
    id               BIGINT         NOT NULL PRIMARY KEY,
    family_user_id   BIGINT         NOT NULL,
    person_id        BIGINT         NOT NULL,
    relationship     VARCHAR(30)    NOT NULL,
    sections         VARCHAR(400)   NOT NULL,
    person_wishes    VARCHAR(2000)  NOT NULL,
    child_view       VARCHAR(2000),
    created_by       VARCHAR(100)   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    ended_at         TIMESTAMP,
    ended_by         VARCHAR(100),
    end_reason       VARCHAR(1000),
    version          BIGINT         NOT NULL,
    CONSTRAINT portal_link_user_fk FOREIGN KEY (family_user_id) REFERENCES user_account (id),
    CONSTRAINT portal_link_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT portal_link_relationship_ck CHECK (relationship IN ('THE_PERSON', 'FAMILY_MEMBER', 'CARER', 'REPRESENTATIVE'))
);
CREATE INDEX portal_link_user_idx ON portal_link (family_user_id, ended_at);
CREATE INDEX portal_link_person_idx ON portal_link (person_id);
