-- The emails and pushes sent to a member, found by the member (their copy of their data)
-- instead of by reading every one ever sent.
create index notifications_email_sent_member_idx on notifications_email (member_id, created_at);
create index notifications_push_sent_member_idx on notifications_push (member_id, created_at);
