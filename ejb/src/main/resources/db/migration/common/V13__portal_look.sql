-- When a family user last looked at a plan in the portal, so the portal can say what changed since.
CREATE TABLE portal_look (
    user_id    BIGINT     NOT NULL,
    plan_id    BIGINT     NOT NULL,
    looked_at  TIMESTAMP  NOT NULL,
    CONSTRAINT portal_look_pk PRIMARY KEY (user_id, plan_id),
    CONSTRAINT portal_look_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT portal_look_plan_fk FOREIGN KEY (plan_id) REFERENCES support_plan (id)
);
