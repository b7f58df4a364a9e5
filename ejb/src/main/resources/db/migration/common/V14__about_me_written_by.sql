-- Whose words About me holds, kept beside the section's JSON so that the participation audit can
-- count plans with the person's own words in the database (GROUP BY), without reading every plan.
ALTER TABLE plan_section ADD COLUMN written_by VARCHAR(30);
UPDATE plan_section SET written_by = 'PERSON' WHERE section_key = 'about-me' AND body LIKE '%"writtenBy":"PERSON"%';
UPDATE plan_section SET written_by = 'PERSON_WITH_HELP' WHERE section_key = 'about-me' AND body LIKE '%"writtenBy":"PERSON_WITH_HELP"%';
UPDATE plan_section SET written_by = 'FAMILY' WHERE section_key = 'about-me' AND body LIKE '%"writtenBy":"FAMILY"%';
UPDATE plan_section SET written_by = 'PRACTITIONER' WHERE section_key = 'about-me' AND body LIKE '%"writtenBy":"PRACTITIONER"%';
CREATE INDEX plan_section_written_by_idx ON plan_section (plan_version_id, section_key, written_by);

-- Reports filter decisions by when they were taken, reviews by when they were held.
CREATE INDEX decision_version_decided_idx ON decision_version (decided_on);
CREATE INDEX plan_review_held_idx ON plan_review (held_on);
