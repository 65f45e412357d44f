-- Seams before the jury (issue 11): Spring Modulith's event publication registry (schema of spring-modulith-events-jdbc
-- 2.1, PostgreSQL). A publication is written in the transaction that publishes the event and completed when its
-- @ApplicationModuleListener has run; incomplete ones are republished at start-up, so a crash between the commit and
-- the listener loses nothing (a receipt, for instance).
create table event_publication (
    id                     uuid                     not null constraint pk_event_publication primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
