-- The participation audit counts a changed team or project again by its id (ParticipationAuditRepository,
-- FACT_ONLY). A team's decisions are spread over the whole of decision_fact, so reading them from the
-- table touched one page per decision: about 3,900 pages for one team of the large council. This index
-- holds, in kind, group and day order, every column those counts read, so PostgreSQL reads a team's
-- decisions of a year from the index alone: about 60 pages. It starts with the columns of
-- decision_fact_group_idx, which it replaces.
CREATE INDEX decision_fact_group_cover_idx ON decision_fact (kind, group_id, decided_on)
    INCLUDE (ladder_id, rung_id, rung_ordinal, changed, lived_proposer, jointly, lived_decider, fed_back_on, fed_back_took,
             ratings, rating_ordinal_sum);
DROP INDEX decision_fact_group_idx;
