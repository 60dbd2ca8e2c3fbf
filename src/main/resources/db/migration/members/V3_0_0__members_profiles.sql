create table members_profile (
    account_id uuid primary key,
    birth_date date,
    sex varchar(10),
    height_cm numeric(5, 1),
    weight_kg numeric(5, 1),
    activity_level varchar(20),
    goal varchar(10),
    timezone varchar(64),
    locale varchar(10),
    custom_calories integer,
    custom_protein_g integer,
    custom_fat_g integer,
    custom_carbs_g integer,
    completed_at timestamp(6) with time zone,
    version bigint not null default 0
);

create table members_weight_entry (
    id uuid primary key,
    account_id uuid not null,
    recorded_on date not null,
    weight_kg numeric(5, 1) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint members_weight_entry_day_uk unique (account_id, recorded_on)
);
