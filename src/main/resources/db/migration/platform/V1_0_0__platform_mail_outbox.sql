create table platform_mail_outbox (
    id uuid primary key,
    recipient varchar(320) not null,
    subject varchar(500) not null,
    body text not null,
    created_at timestamp(6) with time zone not null
);

create index platform_mail_outbox_created_idx on platform_mail_outbox (created_at desc);
