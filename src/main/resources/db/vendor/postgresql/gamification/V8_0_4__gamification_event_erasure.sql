-- The event log stays history, with one exception the law makes: a member deleting their
-- account (GDPR article 17) takes their own events with them. Only a DELETE inside a
-- transaction that declared itself an erasure (set_config('vitalia.erasure', 'on', true),
-- which lasts to that transaction's end) gets through; UPDATE and TRUNCATE never do.
create or replace function gamification_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('vitalia.erasure', true), '') = 'on' then
        return old;
    end if;
    raise exception 'gamification_event is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;
