-- How many items a list section holds (strengths, the circle of support), kept beside the
-- section's JSON so that the participation audit counts them without reading every plan's JSON.
-- Each item of either section carries one "key".
ALTER TABLE plan_section ADD COLUMN item_count INT;
UPDATE plan_section SET item_count = (LENGTH(body) - LENGTH(REPLACE(body, '"key"', ''))) / 5
    WHERE section_key IN ('strengths', 'circle');
-- The audit reads the counts of every current version's sections from the index alone.
CREATE INDEX plan_section_item_count_idx ON plan_section (plan_version_id, section_key, item_count);
