-- Automatic reminders to jurors (issue 14): each round says how many days before it closes the first reminder goes
-- out (0: only the last-day one); every reminder sent is one row whose primary key makes a second node's (or a
-- restarted node's) insert a no-op, so a juror is never mailed the same reminder twice. The closing instant is part of
-- the key, so a round whose close is moved gets reminders for its new close.
alter table jury_round add column reminder_days integer not null default 3
    constraint ck_jury_round_reminder_days check (reminder_days between 0 and 30);

create table jury_reminder (
    round_id   bigint      not null constraint fk_jury_reminder_round references jury_round (id) on delete cascade,
    juror_id   bigint      not null constraint fk_jury_reminder_juror references app_user (id) on delete cascade,
    kind       varchar(10) not null constraint ck_jury_reminder_kind check (kind in ('EARLY', 'LAST_DAY')),
    closes_at  timestamptz not null,
    sent_at    timestamptz not null,
    sheets     integer     not null,
    constraint pk_jury_reminder primary key (round_id, juror_id, kind, closes_at)
);
