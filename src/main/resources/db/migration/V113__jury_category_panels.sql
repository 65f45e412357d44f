-- A panel (tiểu ban) is set for one award or for a whole category of a round: an award without a panel of its own
-- is scored by its category's panel.
alter table jury_panel alter column award_id drop not null;
alter table jury_panel add column category_id bigint
    constraint fk_jury_panel_category references category (id) on delete cascade;
alter table jury_panel add constraint ck_jury_panel_scope check ((award_id is null) <> (category_id is null));
alter table jury_panel add constraint uq_jury_panel_category unique (round_id, category_id);

-- The panel that applies to each award of a round: the award's own panel when it has members, else its
-- category's (when that has members).
-- Every query that needs "the award's panel" reads this view, so the rule lives in one place.
create view jury_award_panel as
select r.id as round_id, a.id as award_id, coalesce(own.id, cat.id) as panel_id, own.id is null as by_category
from jury_round r
join award a on a.edition_id = r.edition_id
left join jury_panel own on own.round_id = r.id and own.award_id = a.id
    and exists (select 1 from jury_panel_member m where m.panel_id = own.id)
left join jury_panel cat on cat.round_id = r.id and cat.category_id = a.category_id
    and exists (select 1 from jury_panel_member m where m.panel_id = cat.id)
where own.id is not null or cat.id is not null;
