-- Live reveal during the broadcast (optional per edition). The ceremony row is the aggregate every node locks
-- (select ... for update) before a step; its version changes at each step, so viewers' polls and the page cache see
-- it. One row per revealed award: the public sees only those awards until the edition is published.
create table results_ceremony (
    edition_id  bigint      not null constraint pk_results_ceremony primary key
        constraint fk_results_ceremony_edition references results_edition (edition_id) on delete cascade,
    version     bigint      not null default 0,
    started_at  timestamptz not null,
    started_by  bigint      not null constraint fk_results_ceremony_started_by references app_user (id)
);

create table results_reveal (
    edition_id  bigint      not null constraint fk_results_reveal_ceremony references results_ceremony (edition_id) on delete cascade,
    award_id    bigint      not null constraint fk_results_reveal_award references award (id),
    step        integer     not null constraint ck_results_reveal_step check (step >= 1),
    revealed_at timestamptz not null,
    revealed_by bigint      not null constraint fk_results_reveal_revealed_by references app_user (id),
    constraint pk_results_reveal primary key (edition_id, award_id),
    constraint uq_results_reveal_step unique (edition_id, step)
);

create trigger tg_results_ceremony_public_version after insert or update or delete on results_ceremony
    for each statement execute function bump_public_content_version();
create trigger tg_results_reveal_public_version after insert or update or delete on results_reveal
    for each statement execute function bump_public_content_version();
