-- Exactly once: a notification is (kind, subject, key); its marker is written in the same
-- transaction as everything it enqueues.
create table notifications_marker (
    kind varchar(40) not null,
    subject varchar(120) not null,
    marker_key varchar(200) not null,
    created_at timestamp(6) with time zone not null,
    primary key (kind, subject, marker_key)
);

create table notifications_inbox (
    id uuid primary key,
    member_id uuid not null,
    kind varchar(40) not null,
    title varchar(300) not null,
    body varchar(2000) not null,
    link varchar(500),
    created_at timestamp(6) with time zone not null,
    read_at timestamp(6) with time zone
);

create index notifications_inbox_member_idx on notifications_inbox (member_id, created_at desc);
create index notifications_inbox_unread_idx on notifications_inbox (member_id, read_at);

-- Emails waiting to go out, retried with backoff until sent or given up.
create table notifications_email (
    id uuid primary key,
    member_id uuid,
    kind varchar(40) not null,
    recipient varchar(320) not null,
    subject varchar(500) not null,
    text_body text not null,
    html_body text not null,
    unsubscribe_token varchar(64),
    status varchar(20) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(1000),
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    constraint notifications_email_unsubscribe_uk unique (unsubscribe_token)
);

create index notifications_email_due_idx on notifications_email (status, next_attempt_at);

create table notifications_preference (
    member_id uuid not null,
    kind varchar(40) not null,
    channel varchar(20) not null,
    enabled boolean not null,
    updated_at timestamp(6) with time zone not null,
    primary key (member_id, kind, channel)
);

create table notifications_push_subscription (
    id uuid primary key,
    member_id uuid not null,
    endpoint varchar(1000) not null,
    p256dh varchar(200) not null,
    auth varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    constraint notifications_push_endpoint_uk unique (endpoint)
);

create index notifications_push_member_idx on notifications_push_subscription (member_id);

-- The last day each member logged food (their local day), for the evening nudge.
create table notifications_food_day (
    member_id uuid primary key,
    last_logged_on date not null
);
