-- The participation audit's read model: one narrow row per decision with its current version's
-- counts and the team or project it is counted under, so the audit counts a large council's
-- decisions from one table instead of joining six. The ledger keeps it in step in the same
-- transaction as every change (org.coplan.participationaudit.DecisionFacts); V18 fills it once
-- for the decisions recorded before it existed.
CREATE TABLE decision_fact (
    decision_id         BIGINT        NOT NULL PRIMARY KEY,
    kind                VARCHAR(7)    NOT NULL,
    group_id            BIGINT        NOT NULL,
    service_area        VARCHAR(40)   NOT NULL,
    locality            VARCHAR(200)  NOT NULL,
    ladder_id           BIGINT        NOT NULL,
    decided_on          DATE          NOT NULL,
    rung_id             BIGINT        NOT NULL,
    rung_ordinal        INT           NOT NULL,
    changed             INT           NOT NULL,
    lived_proposer      INT           NOT NULL,
    jointly             INT           NOT NULL,
    lived_decider       INT           NOT NULL,
    fed_back_on         DATE,
    fed_back_took       INT,
    ratings             INT           NOT NULL,
    rating_ordinal_sum  INT           NOT NULL,
    CONSTRAINT decision_fact_decision_fk FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT decision_fact_kind_ck CHECK (kind IN ('TEAM', 'PROJECT'))
);
CREATE INDEX decision_fact_scope_idx ON decision_fact (service_area, decided_on);
CREATE INDEX decision_fact_group_idx ON decision_fact (kind, group_id);
