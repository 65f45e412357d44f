-- What the unit is writing back to the secretariat while it edits after a request for changes: kept with the draft,
-- so "Save" or coming back tomorrow does not lose it; moved to the decision's reply when the dossier is resubmitted.
alter table nomination add column reply_draft text;
