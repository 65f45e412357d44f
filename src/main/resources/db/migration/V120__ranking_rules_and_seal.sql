-- Ranking (issue 15): the rules a round is ranked by, fixed before the first sheet is submitted, and the seal stored
-- when the round closes.

-- official_method: MEAN, MEDIAN, TRIMMED_MEAN or NORMALISED. tie_break: the ordered rules, comma-separated, from
-- HIGHER_MEDIAN, MORE_TOP_MARKS, CRITERION:<criterion code>, COMMITTEE_VOTE (last only); empty for none.
-- cut_top: how many dossiers per award stand above the cut line (null: twice the award's planned honourees).
alter table jury_round
    add column official_method        varchar(12)  not null default 'MEAN'
        constraint ck_jury_round_method check (official_method in ('MEAN', 'MEDIAN', 'TRIMMED_MEAN', 'NORMALISED')),
    add column tie_break              varchar(300) not null default 'HIGHER_MEDIAN,MORE_TOP_MARKS,COMMITTEE_VOTE'
        constraint ck_jury_round_tie_break check (tie_break ~ '^((HIGHER_MEDIAN|MORE_TOP_MARKS|COMMITTEE_VOTE|CRITERION:[A-Z0-9_]+)(,(HIGHER_MEDIAN|MORE_TOP_MARKS|COMMITTEE_VOTE|CRITERION:[A-Z0-9_]+))*)?$'),
    add column disagreement_threshold numeric(5, 2) not null default 25
        constraint ck_jury_round_threshold check (disagreement_threshold > 0 and disagreement_threshold <= 100),
    add column cut_top                integer
        constraint ck_jury_round_cut_top check (cut_top is null or cut_top between 1 and 1000);

-- The rules cannot change once a sheet of the round has been submitted: the ranking must be the one announced.
create function jury_round_rules_frozen() returns trigger language plpgsql as $$
begin
    if (new.official_method, new.tie_break, new.disagreement_threshold, new.cut_top)
            is distinct from (old.official_method, old.tie_break, old.disagreement_threshold, old.cut_top) then
        perform 1 from jury_sheet where round_id = old.id and submitted_at is not null;
        if found then
            raise exception 'the ranking rules of a round cannot change once a sheet is submitted';
        end if;
    end if;
    return new;
end $$;
create trigger tr_jury_round_rules_frozen before update on jury_round
    for each row execute function jury_round_rules_frozen();

-- The seal of a closed round: SHA-256 of the canonical CSV of every counted score row (ranking.Seal).
create table jury_round_seal (
    round_id   bigint      not null constraint pk_jury_round_seal primary key
        constraint fk_jury_round_seal_round references jury_round (id) on delete cascade,
    sha256     varchar(64) not null constraint ck_jury_round_seal_hex check (sha256 ~ '^[0-9a-f]{64}$'),
    score_rows integer     not null,
    sealed_at  timestamptz not null,
    sealed_by  bigint      constraint fk_jury_round_seal_actor references app_user (id)
);

create function jury_round_seal_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'a round''s seal cannot be changed or deleted';
end $$;
create trigger tr_jury_round_seal_final before update on jury_round_seal
    for each row execute function jury_round_seal_is_final();

-- The score rows that count in a round's ranking: submitted sheets of assignments without an unresolved conflict.
create function jury_counted_scores(p_round bigint)
    returns table (award_id bigint, nomination_id bigint, juror_id bigint, criterion_id bigint, weight integer,
                   scale_max integer, score integer)
    language sql stable as $$
    select e.award_id, s.nomination_id, s.juror_id, c.id, c.weight, c.scale_max, sc.score
    from jury_sheet s
    join jury_round_entry e on e.round_id = s.round_id and e.nomination_id = s.nomination_id
    join jury_assignment a on a.round_id = s.round_id and a.nomination_id = s.nomination_id and a.juror_id = s.juror_id
    join jury_score sc on sc.sheet_id = s.id
    join jury_criterion c on c.id = sc.criterion_id
    where s.round_id = p_round and s.status = 'SUBMITTED'
      and not exists (select 1 from jury_conflict k where k.round_id = s.round_id and k.nomination_id = s.nomination_id
                      and k.juror_id = s.juror_id and k.overridden_at is null)
$$;

-- The seal (ranking.Seal's canonical CSV, hashed in SQL), over the counted rows.
create function jury_round_seal_of(p_round bigint) returns varchar language sql stable as $$
    select encode(sha256(convert_to('award_id,dossier_id,juror_id,criterion_id,weight,scale_max,score' || E'\n'
               || coalesce(string_agg(concat_ws(',', r.award_id, r.nomination_id, r.juror_id, r.criterion_id, r.weight,
                      r.scale_max, r.score), E'\n' order by r.award_id, r.nomination_id, r.juror_id, r.criterion_id)
                  || E'\n', ''), 'UTF8')), 'hex')
    from jury_counted_scores(p_round) r
$$;

-- Stored in the same transaction that closes the round, whichever path closes it.
create function jury_round_seal_on_close() returns trigger language plpgsql as $$
begin
    insert into jury_round_seal (round_id, sha256, score_rows, sealed_at)
    select new.id, jury_round_seal_of(new.id), (select count(*) from jury_counted_scores(new.id)), clock_timestamp()
    on conflict (round_id) do nothing;
    return new;
end $$;
create trigger tr_jury_round_seal_on_close after update of status on jury_round
    for each row when (new.status = 'CLOSED' and old.status <> 'CLOSED') execute function jury_round_seal_on_close();
