-- A member's waitlist places, found by the member (their copy of their data) instead of by
-- reading every clinician's queue.
create index scheduling_waitlist_member_idx on scheduling_waitlist_entry (member_id, on_date);
