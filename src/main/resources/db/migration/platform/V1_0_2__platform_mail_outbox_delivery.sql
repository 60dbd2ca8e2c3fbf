-- The mail outbox becomes a real outbox: with SMTP configured, a message is stored in the
-- transaction that decides to send it (PENDING) and delivered in batches after commit, so a
-- crash between commit and delivery loses nothing. Without SMTP a row is the message as
-- "sent" to the dev outbox (OUTBOX), as before. Delivered messages are deleted; given-up
-- ones stay as FAILED for inspection.
alter table platform_mail_outbox add column status varchar(10) not null default 'OUTBOX';
alter table platform_mail_outbox add column attempts integer not null default 0;
alter table platform_mail_outbox add column next_attempt_at timestamp(6) with time zone;
alter table platform_mail_outbox add column claim uuid;
alter table platform_mail_outbox add column last_error varchar(1000);

create index platform_mail_outbox_due_idx on platform_mail_outbox (status, next_attempt_at);
