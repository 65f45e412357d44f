-- Shortlist (preliminary round) and final decision (final round), issue 15: the rule per award, the committee's
-- adjustments each with a written reason, tie votes, and the confirmed outcome. A round is confirmed once; after
-- that nothing here changes (the service refuses it, the triggers below refuse it in SQL too).

-- The shortlist rule of an award: the first top_n ranked dossiers, or every ranked dossier at or above min_score.
create table jury_selection_rule (
    round_id   bigint        not null constraint fk_jury_selection_rule_round references jury_round (id) on delete cascade,
    award_id   bigint        not null constraint fk_jury_selection_rule_award references award (id),
    top_n      integer       constraint ck_jury_selection_rule_top check (top_n is null or top_n between 0 and 1000),
    min_score  numeric(6, 2) constraint ck_jury_selection_rule_min check (min_score is null or min_score between 0 and 100),
    set_at     timestamptz   not null,
    set_by     bigint        not null constraint fk_jury_selection_rule_actor references app_user (id),
    constraint pk_jury_selection_rule primary key (round_id, award_id),
    constraint ck_jury_selection_rule_one check ((top_n is null) <> (min_score is null))
);

-- The committee departs from the proposal for one dossier: in (selected) or out, always with a written reason.
create table jury_selection_change (
    round_id       bigint        not null,
    nomination_id  bigint        not null,
    award_id       bigint        not null constraint fk_jury_selection_change_award references award (id),
    selected       boolean       not null,
    reason         varchar(2000) not null constraint ck_jury_selection_change_reason check (length(btrim(reason)) > 0),
    changed_at     timestamptz   not null,
    changed_by     bigint        not null constraint fk_jury_selection_change_actor references app_user (id),
    constraint pk_jury_selection_change primary key (round_id, nomination_id),
    constraint fk_jury_selection_change_entry foreign key (round_id, nomination_id)
        references jury_round_entry (round_id, nomination_id) on delete cascade
);

-- The committee's vote on a tie that the round's rules leave open (the tie-break's last step): the place each tied
-- dossier got (1 = first among them), who voted and the result as minuted.
create table jury_tie_vote (
    round_id       bigint        not null,
    nomination_id  bigint        not null,
    award_id       bigint        not null constraint fk_jury_tie_vote_award references award (id),
    vote_rank      integer       not null constraint ck_jury_tie_vote_rank check (vote_rank between 1 and 1000),
    voters         varchar(1000) not null constraint ck_jury_tie_vote_voters check (length(btrim(voters)) > 0),
    result         varchar(2000) not null constraint ck_jury_tie_vote_result check (length(btrim(result)) > 0),
    recorded_at    timestamptz   not null,
    recorded_by    bigint        not null constraint fk_jury_tie_vote_actor references app_user (id),
    constraint pk_jury_tie_vote primary key (round_id, nomination_id),
    constraint fk_jury_tie_vote_entry foreign key (round_id, nomination_id)
        references jury_round_entry (round_id, nomination_id) on delete cascade
);

-- The confirmation: once per round. exception_reason: why it was confirmed with an open tie or an incomplete dossier.
create table jury_selection (
    round_id          bigint        not null constraint pk_jury_selection primary key
        constraint fk_jury_selection_round references jury_round (id) on delete cascade,
    confirmed_at      timestamptz   not null,
    confirmed_by      bigint        not null constraint fk_jury_selection_actor references app_user (id),
    notify_units      boolean       not null default false,
    exception_reason  varchar(2000)
);

-- What was confirmed for each dossier of the round, as the minutes report it.
create table jury_selection_outcome (
    round_id       bigint        not null constraint fk_jury_selection_outcome_selection references jury_selection (round_id)
        on delete cascade,
    nomination_id  bigint        not null,
    award_id       bigint        not null constraint fk_jury_selection_outcome_award references award (id),
    rank           integer,
    score          double precision,
    proposed       boolean       not null,
    selected       boolean       not null,
    reason         varchar(2000),
    constraint pk_jury_selection_outcome primary key (round_id, nomination_id),
    constraint fk_jury_selection_outcome_entry foreign key (round_id, nomination_id)
        references jury_round_entry (round_id, nomination_id),
    constraint ck_jury_selection_outcome_reason check (proposed = selected or reason is not null)
);

-- After confirmation the rule, the changes, the votes and the outcome stay as they were confirmed.
create function jury_selection_is_final() returns trigger language plpgsql as $$
declare
    v_round bigint := case when tg_op = 'INSERT' then new.round_id else old.round_id end;
begin
    if tg_table_name = 'jury_selection_outcome' and tg_op = 'INSERT' then
        return new;
    end if;
    perform 1 from jury_selection where round_id = v_round;
    if found then
        raise exception 'the selection of round % is confirmed and cannot change', v_round;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger tr_jury_selection_rule_final before insert or update or delete on jury_selection_rule
    for each row execute function jury_selection_is_final();
create trigger tr_jury_selection_change_final before insert or update or delete on jury_selection_change
    for each row execute function jury_selection_is_final();
create trigger tr_jury_tie_vote_final before insert or update or delete on jury_tie_vote
    for each row execute function jury_selection_is_final();
create trigger tr_jury_selection_outcome_final before update or delete on jury_selection_outcome
    for each row execute function jury_selection_is_final();
