-- Web Push messages waiting to go out, one per subscription, retried with backoff until the
-- push service takes them or they are given up (as notifications_email).
create table notifications_push (
    id uuid primary key,
    member_id uuid not null,
    subscription_id uuid not null,
    kind varchar(40) not null,
    payload varchar(3000) not null,
    status varchar(20) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(1000),
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone
);

create index notifications_push_due_idx on notifications_push (status, next_attempt_at);
create index notifications_push_subscription_idx on notifications_push (subscription_id);
