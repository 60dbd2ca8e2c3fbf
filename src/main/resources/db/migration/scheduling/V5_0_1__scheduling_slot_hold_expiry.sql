-- The waitlist sweep reads expired holds in expiry order to pass each slot on to the next
-- member in line.
create index scheduling_slot_hold_expiry_idx on scheduling_slot_hold (expires_at);
