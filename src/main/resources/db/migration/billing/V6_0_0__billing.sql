-- Plans and their price versions: a price change adds a version; subscribers keep the
-- version they signed up for until they are moved to a newer one.
create table billing_plan (
    id uuid primary key,
    code varchar(40) not null,
    name varchar(120) not null,
    description varchar(2000) not null,
    period varchar(16) not null,
    trial_days integer not null,
    features varchar(1000) not null,
    archived boolean not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0,
    constraint billing_plan_code_key unique (code)
);

create table billing_price (
    id uuid primary key,
    plan_id uuid not null references billing_plan (id),
    version integer not null,
    amount numeric(15, 3) not null,
    currency char(3) not null,
    created_at timestamp(6) with time zone not null,
    constraint billing_price_version_key unique (plan_id, version)
);

-- Members as billing knows them (name, email, language), fed by identity's events and the
-- demo import: admin lists search and sort them without reaching into identity's tables.
create table billing_member (
    id uuid primary key,
    email varchar(320) not null,
    display_name varchar(200) not null,
    search_text varchar(600) not null,
    locale varchar(16) not null,
    registered_at timestamp(6) with time zone not null
);

create index billing_member_name_idx on billing_member (display_name, id);
create index billing_member_registered_idx on billing_member (registered_at, id);

-- Checkout sessions the app opened with the gateway (Stripe's or the sandbox's id).
create table billing_checkout (
    id varchar(255) primary key,
    member_id uuid not null,
    plan_id uuid not null references billing_plan (id),
    price_id uuid not null references billing_price (id),
    gateway varchar(16) not null,
    checkout_url varchar(1000) not null,
    status varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    completed_at timestamp(6) with time zone
);

create index billing_checkout_member_idx on billing_checkout (member_id, created_at);

-- One subscription row per member: resubscribing after expiry starts it afresh. Its
-- status is never stored: SubscriptionStatus computes it from these dates and counters.
create table billing_subscription (
    id uuid primary key,
    member_id uuid not null,
    plan_id uuid not null references billing_plan (id),
    price_id uuid not null references billing_price (id),
    pending_price_id uuid references billing_price (id),
    pending_from timestamp(6) with time zone,
    gateway varchar(16) not null,
    external_id varchar(255),
    external_customer_id varchar(255),
    started_at timestamp(6) with time zone not null,
    anchor_at timestamp(6) with time zone not null,
    period_index integer not null,
    current_period_start timestamp(6) with time zone not null,
    current_period_end timestamp(6) with time zone not null,
    trial_end timestamp(6) with time zone,
    cancel_at_period_end boolean not null,
    cancelled_at timestamp(6) with time zone,
    ended_at timestamp(6) with time zone,
    failed_attempts integer not null,
    next_retry_at timestamp(6) with time zone,
    renewing_notice_index integer,
    last_event_at timestamp(6) with time zone,
    version bigint not null default 0,
    constraint billing_subscription_member_key unique (member_id),
    constraint billing_subscription_external_key unique (external_id)
);

create index billing_subscription_due_idx on billing_subscription (current_period_end);
create index billing_subscription_plan_idx on billing_subscription (plan_id);

-- Every charge attempt; external_id is the gateway's transaction id. Successful ones get
-- a gap-free invoice number per year.
create table billing_payment (
    id uuid primary key,
    subscription_id uuid not null references billing_subscription (id),
    member_id uuid not null,
    plan_id uuid not null,
    amount numeric(15, 3) not null,
    currency char(3) not null,
    status varchar(10) not null,
    kind varchar(12) not null,
    period_index integer,
    external_id varchar(255) not null,
    invoice_number varchar(20),
    refunded_amount numeric(15, 3) not null,
    failure_reason varchar(300),
    created_at timestamp(6) with time zone not null,
    constraint billing_payment_external_key unique (external_id),
    constraint billing_payment_invoice_key unique (invoice_number)
);

create index billing_payment_member_idx on billing_payment (member_id, created_at);
create index billing_payment_created_idx on billing_payment (created_at);

create table billing_refund (
    id uuid primary key,
    payment_id uuid not null references billing_payment (id),
    amount numeric(15, 3) not null,
    external_id varchar(255) not null,
    created_at timestamp(6) with time zone not null,
    constraint billing_refund_external_key unique (external_id)
);

create index billing_refund_payment_idx on billing_refund (payment_id);

create table billing_invoice_counter (
    invoice_year integer primary key,
    last_number integer not null
);

-- Webhook events as received: the id makes a replay a no-op.
create table billing_webhook_event (
    id varchar(255) primary key,
    gateway varchar(16) not null,
    type varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    received_at timestamp(6) with time zone not null,
    payload text not null,
    result varchar(16) not null,
    detail varchar(500)
);

create index billing_webhook_event_received_idx on billing_webhook_event (received_at);
create index billing_webhook_event_type_idx on billing_webhook_event (type, received_at);

-- One row per renewal charge attempt: the key makes each attempt happen once.
create table billing_renewal (
    subscription_id uuid not null references billing_subscription (id),
    period_index integer not null,
    attempt integer not null,
    created_at timestamp(6) with time zone not null,
    primary key (subscription_id, period_index, attempt)
);

-- The sandbox gateway's own state (what Stripe would keep on its side).
create table billing_sandbox_session (
    id varchar(64) primary key,
    member_id uuid not null,
    email varchar(320) not null,
    plan_id uuid not null,
    price_id uuid not null,
    plan_name varchar(120) not null,
    amount numeric(15, 3) not null,
    currency char(3) not null,
    period varchar(16) not null,
    trial_days integer not null,
    success_url varchar(1000) not null,
    cancel_url varchar(1000) not null,
    status varchar(16) not null,
    customer_id varchar(64),
    created_at timestamp(6) with time zone not null
);

create table billing_sandbox_customer (
    id varchar(64) primary key,
    member_id uuid not null,
    card_last4 varchar(4) not null,
    fails_later boolean not null,
    created_at timestamp(6) with time zone not null
);
