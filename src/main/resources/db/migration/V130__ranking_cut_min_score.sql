-- Ranking rules (issue 15, report): the cut line may also be a minimum official score instead of a number of
-- dossiers. At most one of the two is set; neither means twice the award's planned honourees. Frozen like the other
-- rules once a sheet of the round is submitted (the V120 trigger function is replaced to cover it).
alter table jury_round
    add column cut_min_score numeric(5, 2)
        constraint ck_jury_round_cut_min_score check (cut_min_score is null or cut_min_score between 0 and 100),
    add constraint ck_jury_round_one_cut_line check (cut_top is null or cut_min_score is null);

create or replace function jury_round_rules_frozen() returns trigger language plpgsql as $$
begin
    if (new.official_method, new.tie_break, new.disagreement_threshold, new.cut_top, new.cut_min_score)
            is distinct from (old.official_method, old.tie_break, old.disagreement_threshold, old.cut_top,
                              old.cut_min_score) then
        perform 1 from jury_sheet where round_id = old.id and submitted_at is not null;
        if found then
            raise exception 'the ranking rules of a round cannot change once a sheet is submitted';
        end if;
    end if;
    return new;
end $$;
