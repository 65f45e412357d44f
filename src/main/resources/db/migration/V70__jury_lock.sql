-- Seams before the jury (issue 11): a dossier handed to the jury is locked; the unit and the secretariat can no longer
-- withdraw, reopen, send back, declare ineligible or move it until the committee unlocks it. Only an eligible dossier
-- (or one the jury has already decided on) can carry the lock.
alter table nomination add column jury_locked_at timestamptz;
alter table nomination add constraint ck_nomination_jury_locked check (jury_locked_at is null
    or status in ('ELIGIBLE', 'SHORTLISTED', 'NOT_SHORTLISTED', 'HONOURED', 'NOT_HONOURED'));
create index ix_nomination_edition_locked on nomination (edition_id) where jury_locked_at is not null;
