-- The event log is history: refuse every UPDATE, DELETE and TRUNCATE, whoever sends it.
create function gamification_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'gamification_event is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;

create trigger gamification_event_no_change before update or delete on gamification_event
    for each row execute function gamification_event_append_only();

create trigger gamification_event_no_truncate before truncate on gamification_event
    for each statement execute function gamification_event_append_only();
