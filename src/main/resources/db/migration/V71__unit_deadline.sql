-- Seams before the jury (issue 11): the unit's deadline is one rule (nomination.UnitDeadline in Java). The queue, the
-- overview and the dossier header read it through this function instead of each writing its own expression.
-- The edition's window, or the later extension of this dossier; while changes are requested, the request's own date
-- when that is later. Null only when there is no window and nothing else (Java reads that as "closed").
create function nomination_unit_deadline(status varchar, changes_due_at timestamptz, deadline_override timestamptz,
                                         window_ends_at timestamptz)
    returns timestamptz
    language sql immutable parallel safe
    return greatest(case when status = 'CHANGES_REQUESTED' then changes_due_at end, deadline_override, window_ends_at);
