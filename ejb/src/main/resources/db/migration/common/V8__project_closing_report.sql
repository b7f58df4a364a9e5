-- A project closes with a report of what it did and what changed because of it.
ALTER TABLE codesign_project ADD COLUMN closing_report VARCHAR(8000);
ALTER TABLE codesign_project ADD COLUMN closed_on DATE;
