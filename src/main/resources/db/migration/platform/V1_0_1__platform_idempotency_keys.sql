-- Idempotency-Key records: the first answer to a keyed request, per account, until it expires.
-- status is null while the first request is still running (locked_until bounds a crashed owner).
create table platform_idempotency_keys (
    scope varchar(255) not null,
    idempotency_key varchar(255) not null,
    fingerprint varchar(64) not null,
    status integer,
    content_type varchar(255),
    location varchar(2000),
    body bytea,
    locked_until timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    primary key (scope, idempotency_key)
);

create index platform_idempotency_keys_expires_idx on platform_idempotency_keys (expires_at);
