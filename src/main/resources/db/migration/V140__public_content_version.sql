-- One counter for everything the public pages show. Any change to it (a program edit, a publication, a reveal)
-- bumps the counter in the same transaction, so every node's page cache sees it at its next check, whoever made it.
create table public_content_version (
    id      smallint not null constraint pk_public_content_version primary key
        constraint ck_public_content_version_single check (id = 1),
    version bigint   not null
);
insert into public_content_version (id, version) values (1, 1);

create or replace function bump_public_content_version() returns trigger
    language plpgsql as $$
begin
    update public_content_version set version = version + 1 where id = 1;
    return null;
end $$;

-- The program tables the public pages read (statement-level: one bump per statement, not per row).
create trigger tg_edition_public_version after insert or update or delete on edition
    for each statement execute function bump_public_content_version();
create trigger tg_category_public_version after insert or update or delete on category
    for each statement execute function bump_public_content_version();
create trigger tg_award_public_version after insert or update or delete on award
    for each statement execute function bump_public_content_version();
create trigger tg_award_nominee_type_public_version after insert or update or delete on award_nominee_type
    for each statement execute function bump_public_content_version();
create trigger tg_edition_phase_public_version after insert or update or delete on edition_phase
    for each statement execute function bump_public_content_version();
