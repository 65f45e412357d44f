-- Deadline reminders (issue 13, item 7). Each edition says how many days before a unit's deadline the first reminder
-- goes out (0: only the last-day one); every reminder sent is one row, and its primary key makes a second node's
-- insert a no-op, so a reminder is never mailed twice. The deadline is part of the key: once the secretariat extends
-- a dossier, reminders follow its new deadline.
alter table edition add column reminder_days integer not null default 7
    constraint ck_edition_reminder_days check (reminder_days between 0 and 60);

create table nomination_deadline_reminder (
    nomination_id bigint      not null constraint fk_nomination_deadline_reminder_nomination
        references nomination (id) on delete cascade,
    kind          varchar(10) not null constraint ck_nomination_deadline_reminder_kind check (kind in ('EARLY', 'LAST_DAY')),
    deadline_at   timestamptz not null,
    sent_at       timestamptz not null,
    constraint pk_nomination_deadline_reminder primary key (nomination_id, kind, deadline_at)
);
