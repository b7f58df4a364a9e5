-- The raw-SQL floor of saving a section: the section and its version's revision changed, and the
-- audit event written, in one transaction, as CoPlan does (on version 1 of a random plan).
\set plan random(10000001, 10060000)
BEGIN;
UPDATE plan_section SET BODY = BODY, changed_at = now() WHERE plan_version_id = :plan * 8 + 1 AND section_key = 'about-me';
UPDATE plan_version SET last_saved_at = now(), REVISION = REVISION + 1 WHERE ID = :plan * 8 + 1;
INSERT INTO audit_event (ID, ACTION, ACTOR, DETAIL, occurred_at, OUTCOME, PURPOSE, record_id, record_type) VALUES (nextval('audit_event_seq'), 'benchmark.floor', 'pgbench', NULL, now(), 'ALLOWED', 'benchmark floor', :plan, 'SupportPlan');
COMMIT;
