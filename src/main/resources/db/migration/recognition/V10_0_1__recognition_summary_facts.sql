-- what the AI was given for a kept summary (a SHA-256 of the instructions and the week's
-- aggregates): the same facts are answered from the kept text instead of asking again
alter table recognition_weekly_summary add column facts_hash varchar(64);
