-- A large council for CoPlan's benchmark, on PostgreSQL only: 200 teams, 2,000 staff, 60,000
-- people with plans (about three versions each), 600,000 actions, 200,000 reviews, 1,000,000
-- decisions with ratings, 2,000 co-design projects with 20,000 sessions, and audit events to
-- match. Run into a database CoPlan has already migrated (Flyway creates the schema at start):
--
--   psql -v scale=1 -v password_hash="'…'" -f large-council.sql
--
-- (config/benchmark/generate.sh does both and says how long it took.) scale multiplies
-- every count, so scale=0.05 makes a small council for trying the script. The random numbers are
-- seeded, so two runs at the same scale make the same council. Generated ids start at 10,000,000
-- and every sequence is moved past them, so CoPlan carries on above them.
\set ON_ERROR_STOP on
\timing on
SELECT setseed(0.2026);

CREATE TEMP TABLE knobs AS SELECT
    greatest(1, round(200 * :scale))::int AS teams,
    8 AS practitioners_per_team,
    300 AS people_per_team,
    greatest(1, round(2000 * :scale))::int AS projects,
    10 AS sessions_per_project,
    TIMESTAMP '2026-11-01 09:00' AS now_at,
    DATE '2026-11-01' AS today;

CREATE TEMP TABLE localities(n int, name text);
INSERT INTO localities SELECT i, (ARRAY['Leith','Pilton','Gorgie','Craigmillar','Portobello','Corstorphine','Morningside',
    'Granton','Wester Hailes','Liberton','Sighthill','Muirhouse','Niddrie','Stockbridge','Newington','Bruntsfield','Restalrig',
    'Oxgangs','Currie','Balerno'])[i] FROM generate_series(1, 20) i;

-- Teams: about seven in ten adults' teams, spread over twenty localities.
INSERT INTO team (id, name, service_area, locality, version)
SELECT 10000000 + t, 'Team ' || lpad(t::text, 3, '0') || ' ' || l.name || CASE WHEN t % 10 < 7 THEN ' Adults' ELSE ' Children' END,
       CASE WHEN t % 10 < 7 THEN 'ADULTS' ELSE 'CHILDREN' END, l.name, 0
FROM knobs k, generate_series(1, k.teams) t JOIN localities l ON l.n = 1 + (t % 20);

-- Staff: in every team eight practitioners, a manager and a facilitator (10 per team: 2,000).
INSERT INTO user_account (id, username, display_name, password_hash, enabled, created_at, version, easy_read)
SELECT 10000000 + (t - 1) * 10 + s,
       CASE WHEN s <= 8 THEN 'prac' || s || '.t' || t WHEN s = 9 THEN 'mgr.t' || t ELSE 'fac.t' || t END,
       CASE WHEN s <= 8 THEN 'Practitioner ' || s || ' of team ' || t WHEN s = 9 THEN 'Manager of team ' || t
            ELSE 'Facilitator of team ' || t END,
       :password_hash, TRUE, k.now_at, 0, FALSE
FROM knobs k, generate_series(1, k.teams) t, generate_series(1, 10) s;
INSERT INTO user_role (user_id, role)
SELECT id, CASE WHEN username LIKE 'prac%' THEN 'PRACTITIONER' WHEN username LIKE 'mgr%' THEN 'MANAGER' ELSE 'FACILITATOR' END
FROM user_account WHERE id >= 10000000;
INSERT INTO team_membership (user_id, team_id)
SELECT id, 10000000 + 1 + (id - 10000000 - 1) / 10 FROM user_account WHERE id >= 10000000;

-- People: 300 a team, each allocated to one of the team's practitioners (caseloads of 15 to 40).
INSERT INTO person (id, reference, given_name, family_name, preferred_name, date_of_birth, team_id, allocated_worker_id, version)
SELECT 10000000 + (t - 1) * k.people_per_team + p,
       'L-' || lpad(((t - 1) * k.people_per_team + p)::text, 6, '0'),
       (ARRAY['Ann','Bea','Cal','Dee','Eli','Fay','Gus','Hal','Ivy','Jo','Kit','Lou','Max','Nia','Oli','Pat','Ray','Sam','Tia','Viv'])[1 + p % 20],
       (ARRAY['Brown','Campbell','Reid','Murray','Stewart','Clark','Young','Ross','Watson','Scott','Paterson','Grant'])[1 + (p * 7 + t) % 12],
       NULL,
       CASE WHEN t % 10 < 7 THEN k.today - (18 * 365 + floor(random() * 70 * 365))::int
            ELSE k.today - (floor(random() * 17 * 365) + 30)::int END,
       10000000 + t,
       -- uneven caseloads: practitioner 1 to 8, weighted towards the first
       10000000 + (t - 1) * 10 + 1 + floor(power(random(), 1.4) * 8)::int,
       0
FROM knobs k, generate_series(1, k.teams) t, generate_series(1, k.people_per_team) p;

-- Plans: one each, on the service's ladder, with one to five versions (about three).
CREATE TEMP TABLE plan_shape AS
SELECT p.id AS person_id, p.id AS plan_id, CASE WHEN tm.service_area = 'ADULTS' THEN 1 ELSE 2 END AS ladder_id,
       1 + floor(random() * 2.5 + random() * 2.5)::int AS versions,
       random() < 0.75 AS last_agreed, tm.id AS team_id, p.allocated_worker_id AS worker_id
FROM person p JOIN team tm ON tm.id = p.team_id WHERE p.id >= 10000000;
UPDATE plan_shape SET versions = least(versions, 5);

INSERT INTO support_plan (id, person_id, ladder_id, status, created_at, version, next_review_due, current_for_person,
                          current_version_no, closed_at, closed_reason)
SELECT s.plan_id, s.person_id, s.ladder_id, CASE WHEN s.last_agreed THEN 'AGREED' ELSE 'DRAFT' END,
       k.now_at - (s.versions * 200 || ' days')::interval, 0, k.today + (floor(random() * 420) - 60)::int, s.person_id,
       s.versions, NULL, NULL
FROM plan_shape s, knobs k;
CREATE INDEX ON plan_shape (plan_id);
ANALYZE plan_shape;

INSERT INTO plan_version (id, plan_id, version_no, status, based_on_no, created_by, created_at, last_saved_by, last_saved_at,
                          agreed_on, agreed_at, agreed_by, revision)
SELECT s.plan_id * 8 + v, s.plan_id, v,
       CASE WHEN v < s.versions THEN 'SUPERSEDED' WHEN s.last_agreed THEN 'AGREED' ELSE 'DRAFT' END,
       CASE WHEN v = 1 THEN NULL ELSE v - 1 END, 'generator', k.now_at - ((s.versions - v + 1) * 200 || ' days')::interval,
       'Practitioner', k.now_at - ((s.versions - v) * 200 + 3 || ' days')::interval,
       CASE WHEN v < s.versions OR s.last_agreed THEN k.today - ((s.versions - v) * 200 + 1) END,
       CASE WHEN v < s.versions OR s.last_agreed THEN k.now_at - ((s.versions - v) * 200 + 1 || ' days')::interval END,
       CASE WHEN v < s.versions OR s.last_agreed THEN 'generator' END, 3
FROM plan_shape s, knobs k, generate_series(1, 5) v WHERE v <= s.versions;

-- The person signs most agreed versions themselves.
INSERT INTO plan_sign_off (id, plan_version_id, signer, signer_name, signed_on, how_given, at_revision, recorded_by, recorded_at)
SELECT pv.id * 2, pv.id, 'PERSON', 'The person', pv.agreed_on, 'IN_PERSON', pv.revision, 'generator', pv.agreed_at
FROM plan_version pv WHERE pv.plan_id >= 10000000 AND pv.agreed_on IS NOT NULL AND random() < 0.7;

-- Sections: each plan's sections are written once and copied into every version, as a new draft
-- copies the agreed one. Ten actions in each plan: 600,000 at full scale.
CREATE TEMP TABLE plan_bodies AS
SELECT s.plan_id,
       json_build_object('importantToMe', 'My family, my garden and my routines', 'admiredFor', 'My sense of humour',
           'howToSupport', 'Talk to me first and give me time',
           'writtenBy', CASE WHEN random() < 0.55 THEN 'PERSON' WHEN random() < 0.5 THEN 'PERSON_WITH_HELP'
                             WHEN random() < 0.5 THEN 'FAMILY' ELSE 'PRACTITIONER' END)::text AS about_me,
       (SELECT json_build_object('items', coalesce(json_agg(json_build_object('key', 's' || i, 'kind', 'PERSON',
            'text', 'Good at strength ' || i)), '[]'::json))
        FROM generate_series(1, floor(random() * 4)::int + (s.plan_id * 0)::int) i)::text AS strengths,
       (SELECT json_build_object('items', json_agg(json_build_object('key', 'o' || i, 'words', 'I want to do thing ' || i)))
        FROM generate_series(1, 3) i)::text AS outcomes,
       (SELECT json_build_object('items', json_agg(json_build_object('key', 'a' || i, 'what', 'Step ' || i || ' towards my goals',
            'who', CASE WHEN i % 3 = 0 THEN 'Me' ELSE 'My worker' END,
            'whoKind', CASE WHEN i % 3 = 0 THEN 'PERSON' ELSE 'PRACTITIONER' END,
            'byWhen', (DATE '2026-11-01' + (i * 20 - 60))::text,
            'status', (ARRAY['NOT_STARTED','IN_PROGRESS','DONE','STOPPED'])[1 + (i + s.plan_id::int) % 4],
            'outcomeKey', 'o' || (1 + i % 3))))
        FROM generate_series(1, 10) i)::text AS actions,
       (SELECT json_build_object('items', coalesce(json_agg(json_build_object('key', 'c' || i, 'name', 'Circle member ' || i,
            'relationship', 'Friend', 'role', 'Visits on Sundays', 'contact', '', 'maySee', json_build_array())), '[]'::json))
        FROM generate_series(1, floor(random() * 6)::int + (s.plan_id * 0)::int) i)::text AS circle
FROM plan_shape s;

INSERT INTO plan_section (id, plan_version_id, section_key, body, changed_by, changed_at, written_by)
SELECT pv.id * 8 + x.n, pv.id, x.key, x.body, 'Practitioner', pv.last_saved_at,
       CASE WHEN x.key = 'about-me' THEN (x.body::json ->> 'writtenBy') END
FROM plan_version pv JOIN plan_bodies b ON b.plan_id = pv.plan_id
CROSS JOIN LATERAL (VALUES (1, 'about-me', b.about_me), (2, 'strengths', b.strengths), (3, 'outcomes', b.outcomes),
                           (4, 'actions', b.actions), (5, 'circle', b.circle)) x(n, key, body);

-- Reviews: 200,000, a third or so chaired or co-chaired by the person.
INSERT INTO plan_review (id, plan_id, held_on, attendees, chaired, working, not_working, own_words, disagreements, next_review_due,
                         reviewed_version_no, recorded_by, recorded_at, version)
SELECT 10000000 + r, s.plan_id, k.today - floor(random() * 1000)::int, 'The person, their worker',
       CASE WHEN random() < 0.2 THEN 'PERSON_CHAIRED' WHEN random() < 0.25 THEN 'CO_CHAIRED' ELSE 'NOT_CHAIRED' END,
       'Going to the group', 'Evenings are long', 'I want to keep going', '', k.today + 180, 1, 'generator', k.now_at, 0
FROM knobs k, generate_series(1, round(200000 * :scale)::int) r
JOIN plan_shape s ON s.plan_id = 10000000 + 1 + (r::bigint * 7919) % (SELECT count(*) FROM plan_shape);

-- Co-design projects: ten sessions each, members, pledges and unpaid contributors' hours.
INSERT INTO user_account (id, username, display_name, password_hash, enabled, created_at, version, easy_read)
SELECT 11000000 + p, 'partner' || p, 'Partner ' || p, :password_hash, TRUE, k.now_at, 0, FALSE
FROM knobs k, generate_series(1, k.projects) p;
INSERT INTO user_role (user_id, role) SELECT id, 'PARTNER' FROM user_account WHERE id >= 11000000 AND id < 12000000;

INSERT INTO codesign_project (id, name, aim, locality, service_area, ladder_id, target_rung_id, stage, version, closing_report,
                              closed_on, power_map, power_map_revision)
SELECT 10000000 + p, 'Project ' || p || ' in ' || tm.locality, 'Co-produce better support', tm.locality, tm.service_area,
       CASE WHEN tm.service_area = 'ADULTS' THEN 1 ELSE 2 END,
       (SELECT r.id FROM rung r WHERE r.ladder_id = CASE WHEN tm.service_area = 'ADULTS' THEN 1 ELSE 2 END ORDER BY r.ordinal DESC LIMIT 1),
       (ARRAY['SCOPING','IN_PROGRESS','IN_PROGRESS','ACTING_ON_RESULTS'])[1 + p % 4], 0, NULL, NULL, NULL, 0
FROM knobs k, generate_series(1, k.projects) p JOIN team tm ON tm.id = 10000000 + 1 + (p - 1) % (SELECT teams FROM knobs);

INSERT INTO project_member (project_id, user_id, project_role, unpaid_contributor)
SELECT cp.id, u.id, u.role, u.unpaid
FROM codesign_project cp
CROSS JOIN LATERAL (VALUES
    (10000000 + (((cp.id - 10000000 - 1) % (SELECT teams FROM knobs))) * 10 + 10, 'FACILITATOR', FALSE),
    (10000000 + (((cp.id - 10000000 - 1) % (SELECT teams FROM knobs))) * 10 + 1, 'PRACTITIONER', FALSE),
    (10000000 + (((cp.id - 10000000 - 1) % (SELECT teams FROM knobs))) * 10 + 9, 'MANAGER', FALSE),
    (11000000 + (cp.id - 10000000), 'CARER', TRUE)) u(id, role, unpaid)
WHERE cp.id >= 10000000;

INSERT INTO project_session (id, project_id, title, method, series_name, series_no, planned_on, held, agenda, outputs, method_detail,
                             created_by, version)
SELECT cp.id * 16 + s, cp.id, 'Session ' || s, (ARRAY['WORKSHOP','PATH','OPEN_SPACE','WORLD_CAFE','WORKSHOP'])[1 + s % 5],
       NULL, NULL, k.today - 30 * (10 - s), s <= 8, 'Welcome; ideas; next steps', 'Ideas recorded', NULL, 'generator', 0
FROM knobs k, codesign_project cp, generate_series(1, 10) s WHERE cp.id >= 10000000;

INSERT INTO session_attendee (session_id, position, name, standing)
SELECT ps.id, a, 'Attendee ' || a,
       CASE WHEN a = 1 THEN 'PRACTITIONER' WHEN random() < 0.85 THEN (ARRAY['PERSON','FAMILY_CARER','PARTNER_GROUP'])[1 + a % 3]
            ELSE 'PRACTITIONER' END
FROM project_session ps, generate_series(1, 4) a WHERE ps.project_id >= 10000000 AND ps.held;

INSERT INTO pledge (id, project_id, session_id, member_user_id, what, due_on, status, status_note, updated_by, updated_at, version)
SELECT ps.id * 2 + g, ps.project_id, ps.id, 11000000 + (ps.project_id - 10000000), 'Ask five people what they need',
       ps.planned_on + 30, CASE WHEN random() < 0.55 THEN 'KEPT' WHEN random() < 0.3 THEN 'BROKEN' ELSE 'IN_PROGRESS' END,
       'Followed up', 'generator', k.now_at, 0
FROM knobs k, project_session ps, generate_series(0, 1) g WHERE ps.project_id >= 10000000 AND ps.held;
UPDATE pledge SET status_note = NULL WHERE project_id >= 10000000 AND status <> 'BROKEN';

INSERT INTO contribution (id, project_id, member_user_id, worked_on, minutes, rate_pence, amount_pence, claimed_on, paid_on,
                          recorded_by, version)
SELECT ps.id, ps.project_id, 11000000 + (ps.project_id - 10000000), ps.planned_on, 120, 1500, 3000, ps.planned_on + 2,
       CASE WHEN random() < 0.8 THEN ps.planned_on + 2 + floor(random() * 40)::int END, 'generator', 0
FROM project_session ps WHERE ps.project_id >= 10000000 AND ps.held;

-- Decisions: 1,000,000 — 85% on plans, 15% in projects; most low on the ladder, as in real
-- services; two options and one decider each; four in ten rated by the person.
CREATE TEMP TABLE decision_shape AS
SELECT 10000000 + d AS id, d,
       CASE WHEN d % 100 < 85 THEN 10000000 + 1 + (d::bigint * 7919) % (SELECT count(*) FROM plan_shape) END AS plan_id,
       CASE WHEN d % 100 >= 85 THEN 10000000 + 1 + (d::bigint * 104729) % (SELECT projects FROM knobs) END AS project_id,
       -- a skewed rung: 1..7, mostly 2 to 4
       least(7, 1 + floor(power(random(), 1.6) * 7)::int) AS ordinal,
       random() < 0.25 AS changed,
       random() < 0.7 AS fed_back,
       (SELECT today FROM knobs) - floor(random() * 900)::int AS decided_on
FROM generate_series(1, round(1000000 * :scale)::int) d;

INSERT INTO decision (id, support_plan_id, plan_review_id, project_id, session_id, ladder_id, current_version_no, created_by,
                      created_at, version)
SELECT s.id, s.plan_id, NULL, s.project_id, NULL, coalesce(ps.ladder_id, cp.ladder_id), 1, 'generator',
       s.decided_on::timestamp + TIME '10:00', 0
FROM decision_shape s LEFT JOIN plan_shape ps ON ps.plan_id = s.plan_id LEFT JOIN codesign_project cp ON cp.id = s.project_id;

INSERT INTO decision_version (id, decision_id, version_no, question, outcome, proposer_name, proposer_standing, decision_rule,
                              rung_id, suggested_rung_id, rung_reason, input_changed_outcome, you_said, we_did, decided_on,
                              fed_back_on, recorded_by, recorded_at, change_reason)
SELECT s.id, s.id, 1, 'Question ' || s.d, 'Outcome ' || s.d,
       CASE WHEN s.ordinal >= 5 THEN 'The person' ELSE 'The worker' END,
       CASE WHEN s.ordinal >= 5 THEN 'PERSON' ELSE 'PRACTITIONER' END,
       CASE WHEN s.ordinal >= 7 THEN 'PERSON_DECIDED' WHEN s.ordinal >= 5 THEN 'DECIDED_JOINTLY'
            WHEN s.ordinal >= 3 THEN 'PROFESSIONAL_AFTER_CONSULTING' ELSE 'PROFESSIONAL_INFORMED' END,
       r.id, r.id, NULL, s.changed, CASE WHEN s.changed THEN 'I said what I wanted' END, CASE WHEN s.changed THEN 'We changed it' END,
       s.decided_on, CASE WHEN s.fed_back THEN s.decided_on + floor(random() * 40)::int END, 'generator',
       s.decided_on::timestamp + TIME '10:00', NULL
FROM decision_shape s JOIN decision d ON d.id = s.id JOIN rung r ON r.ladder_id = d.ladder_id AND r.ordinal = s.ordinal;
DROP TABLE decision_shape;

INSERT INTO decision_option (version_id, ordinal, text)
SELECT v.id, o, 'Option ' || o FROM decision_version v, generate_series(1, 2) o WHERE v.id >= 10000000;

INSERT INTO decision_decider (version_id, ordinal, name, standing)
SELECT v.id, 1, v.proposer_name, v.proposer_standing FROM decision_version v WHERE v.id >= 10000000;

INSERT INTO decision_rating (id, decision_id, version_no, rater_standing, rater_name, rater_user_id, recorded_by, rung_id,
                             comment_text, rated_at)
SELECT x.id, x.decision_id, 1, 'PERSON', 'The person', NULL, 'generator', rr.id, NULL, x.recorded_at + INTERVAL '7 days'
FROM (SELECT v.id, v.decision_id, v.recorded_at, d.ladder_id,
             greatest(1, sr.ordinal - floor(random() * 3)::int) AS felt   -- people mostly feel less involved than recorded
      FROM decision_version v JOIN decision d ON d.id = v.decision_id JOIN rung sr ON sr.id = v.rung_id
      WHERE v.id >= 10000000 AND v.id % 5 < 2 OFFSET 0) x
JOIN rung rr ON rr.ladder_id = x.ladder_id AND rr.ordinal = x.felt;

-- What CoPlan keeps beside the sections' JSON when it saves them: how many items the list sections hold.
UPDATE plan_section SET item_count = (LENGTH(body) - LENGTH(REPLACE(body, '"key"', ''))) / 5
WHERE section_key IN ('strengths', 'circle') AND plan_version_id >= 80000000;

-- Families: one person in ten has a portal login of their own or of a family member, linked to
-- About me, strengths, outcomes, PATH and actions (6,000 logins: family1 ...). A head of service,
-- head.council, manages every team, so sees the whole council in the participation audit.
INSERT INTO user_account (id, username, display_name, password_hash, enabled, created_at, version, easy_read)
SELECT 12000000 + f, 'family' || f, 'Family member ' || f, :password_hash, TRUE, k.now_at, 0, f % 5 = 0
FROM knobs k, generate_series(1, (SELECT count(*) FROM person WHERE id >= 10000000)::int / 10) f;
INSERT INTO user_role (user_id, role) SELECT id, 'FAMILY' FROM user_account WHERE id >= 12000000 AND id < 13000000;
INSERT INTO portal_link (id, family_user_id, person_id, relationship, sections, person_wishes, child_view, created_by,
                         created_at, ended_at, ended_by, end_reason, version)
SELECT u.id, u.id, 10000000 + (u.id - 12000000) * 10 - 9,
       CASE WHEN u.id % 2 = 0 THEN 'THE_PERSON' ELSE 'FAMILY_MEMBER' END,
       'about-me,strengths,outcomes,path,actions', 'They asked for the plan to be shared with them.', NULL, 'generator',
       k.now_at - interval '90 days', NULL, NULL, NULL, 0
FROM user_account u, knobs k WHERE u.id >= 12000000 AND u.id < 13000000;
INSERT INTO user_account (id, username, display_name, password_hash, enabled, created_at, version, easy_read)
SELECT 13000000, 'head.council', 'Head of service', :password_hash, TRUE, k.now_at, 0, FALSE FROM knobs k;
INSERT INTO user_role (user_id, role) VALUES (13000000, 'MANAGER');
INSERT INTO team_membership (user_id, team_id) SELECT 13000000, id FROM team WHERE id >= 10000000;

-- Audit events to match: the recording of each decision and review, and two plan views a plan.
INSERT INTO audit_event (id, occurred_at, actor, action, record_type, record_id, purpose, outcome, detail)
SELECT id, created_at, 'generator', 'decision.record', 'Decision', id, 'direct care', 'ALLOWED', NULL
FROM decision WHERE id >= 10000000;
INSERT INTO audit_event (id, occurred_at, actor, action, record_type, record_id, purpose, outcome, detail)
SELECT 20000000 + id, recorded_at, 'generator', 'review.record', 'SupportPlan', plan_id, 'direct care', 'ALLOWED', NULL
FROM plan_review WHERE id >= 10000000;
INSERT INTO audit_event (id, occurred_at, actor, action, record_type, record_id, purpose, outcome, detail)
SELECT 40000000 + s.plan_id * 2 + g, (SELECT now_at FROM knobs) - (g * 10 || ' days')::interval, 'generator', 'plan.view',
       'SupportPlan', s.plan_id, 'direct care', 'ALLOWED', NULL
FROM plan_shape s, generate_series(0, 1) g;

-- Every sequence moves past the generated ids, so CoPlan's next ids never meet them.
DO $$
DECLARE
    t record;
    top bigint;
BEGIN
    FOR t IN SELECT sequencename, replace(sequencename, '_seq', '') AS tbl FROM pg_sequences WHERE schemaname = current_schema() LOOP
        BEGIN
            EXECUTE format('SELECT coalesce(max(id), 0) FROM %I', t.tbl) INTO top;
            IF top >= 1000 THEN
                PERFORM setval(t.sequencename::regclass, top + 1000);
            END IF;
        EXCEPTION WHEN undefined_table OR undefined_column THEN
            NULL;
        END;
    END LOOP;
END $$;

SET client_min_messages = error;
ANALYZE;
RESET client_min_messages;
SELECT (SELECT count(*) FROM team) AS teams, (SELECT count(*) FROM user_account) AS users, (SELECT count(*) FROM person) AS people,
       (SELECT count(*) FROM plan_version) AS plan_versions, (SELECT count(*) FROM plan_review) AS reviews,
       (SELECT count(*) FROM decision) AS decisions, (SELECT count(*) FROM decision_rating) AS ratings,
       (SELECT count(*) FROM codesign_project) AS projects, (SELECT count(*) FROM project_session) AS sessions,
       (SELECT count(*) FROM audit_event) AS audit_events;
