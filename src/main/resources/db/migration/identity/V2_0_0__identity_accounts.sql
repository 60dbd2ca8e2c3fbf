create table identity_account (
    id uuid primary key,
    email varchar(254) not null,
    password_hash varchar(255),
    display_name varchar(100) not null,
    locale varchar(10) not null,
    email_verified_at timestamp(6) with time zone,
    token_version integer not null default 0,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0,
    constraint identity_account_email_uk unique (email)
);

create table identity_account_role (
    account_id uuid not null references identity_account (id) on delete cascade,
    role varchar(20) not null,
    primary key (account_id, role)
);

create table identity_refresh_token (
    id uuid primary key,
    token_hash varchar(64) not null,
    account_id uuid not null references identity_account (id) on delete cascade,
    family_id uuid not null,
    issued_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    constraint identity_refresh_token_hash_uk unique (token_hash)
);

create index identity_refresh_token_family_idx on identity_refresh_token (family_id);
create index identity_refresh_token_account_idx on identity_refresh_token (account_id);
create index identity_refresh_token_expires_idx on identity_refresh_token (expires_at);

create table identity_one_time_token (
    id uuid primary key,
    token_hash varchar(64) not null,
    account_id uuid not null references identity_account (id) on delete cascade,
    purpose varchar(20) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at timestamp(6) with time zone,
    constraint identity_one_time_token_hash_uk unique (token_hash)
);

create index identity_one_time_token_account_idx on identity_one_time_token (account_id, purpose);
