-- Units whose dossier was not honoured are told too, once, at the publication instant like the honoured ones. The
-- row is written in the same transaction as the held mail (INSERT ... ON CONFLICT DO NOTHING): a second take-over, or
-- two nodes at once, never writes a second mail. No foreign key to nomination: results never reads those tables.
create table results_notice (
    nomination_id bigint      not null constraint pk_results_notice primary key,
    edition_id    bigint      not null constraint fk_results_notice_edition references results_edition (edition_id) on delete cascade,
    outcome       varchar(20) not null constraint ck_results_notice_outcome check (outcome in ('NOT_HONOURED')),
    created_at    timestamptz not null default now()
);
create index ix_results_notice_edition on results_notice (edition_id);
