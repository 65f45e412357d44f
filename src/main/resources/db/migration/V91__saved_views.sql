-- A secretary's saved views of the queue: a name and the queue's own URL query (QueueFilter.toQuery), private to
-- the account that saved it.
create table saved_view (
    id         bigserial    constraint pk_saved_view primary key,
    user_id    bigint       not null constraint fk_saved_view_user references app_user (id) on delete cascade,
    name       varchar(80)  not null constraint ck_saved_view_name check (length(btrim(name)) between 1 and 80),
    query      varchar(2000) not null,
    created_at timestamptz  not null default now(),
    constraint uq_saved_view_user_name unique (user_id, name)
);
