-- The self-assessment against the six co-production principles: each scored 1 to 5 each
-- quarter by a team and, separately, by lived-experience partners, shown beside what CoPlan's
-- own records say about the same principle. One score per team, quarter, principle and scorer;
-- a second scoring in the same quarter replaces the first (the row keeps who changed it).
CREATE SEQUENCE principle_score_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE principle_score (
    id             BIGINT         NOT NULL PRIMARY KEY,
    team_id        BIGINT         NOT NULL,
    quarter_start  DATE           NOT NULL,
    principle      VARCHAR(40)    NOT NULL,
    scored_by      VARCHAR(20)    NOT NULL,
    score          INTEGER        NOT NULL,
    who_scored     VARCHAR(200)   NOT NULL,
    note           VARCHAR(2000),
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    TIMESTAMP      NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT principle_score_team_fk FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT principle_score_uq UNIQUE (team_id, quarter_start, principle, scored_by),
    CONSTRAINT principle_score_score_ck CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT principle_score_by_ck CHECK (scored_by IN ('TEAM', 'PARTNERS')),
    CONSTRAINT principle_score_principle_ck CHECK (principle IN ('ASSETS', 'CAPABILITIES', 'RECIPROCITY', 'PEER_NETWORKS',
        'BLURRING_DISTINCTIONS', 'FACILITATING'))
);
CREATE INDEX principle_score_quarter_idx ON principle_score (quarter_start, team_id);
