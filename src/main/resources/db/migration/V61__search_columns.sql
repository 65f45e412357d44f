-- The queue's search compared every row through f_unaccent() at query time (tens of thousands of calls for one
-- search of 10,000 dossiers). The folded text is now kept in generated columns, computed once when a row is written.
-- lower() after unaccent: unaccent maps "Đ", "Ả" to ASCII capitals that lower() handles in any database locale.
alter table nomination add column search_text text generated always as
    (lower(f_unaccent(nominee_name || ' ' || coalesce(title, '') || ' ' || coalesce(reference_code, '')))) stored;
alter table unit add column search_name text generated always as (lower(f_unaccent(name))) stored;

drop index ix_nomination_search;
create index ix_nomination_search_text on nomination using gin (search_text gin_trgm_ops);
create index ix_unit_search_name on unit using gin (search_name gin_trgm_ops);
