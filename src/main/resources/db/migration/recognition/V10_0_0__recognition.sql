-- Meal photos: one upload each, analysed by a background job; candidates are the foods
-- the recogniser's labels mapped to (JSON), until the member confirms them.
create table recognition_meal_photo (
    id uuid primary key,
    member_id uuid not null,
    object_key varchar(200) not null,
    content_type varchar(32) not null,
    size_bytes bigint not null,
    diary_date date,
    meal varchar(16),
    status varchar(16) not null,
    error varchar(40),
    recognizer varchar(16),
    candidates text,
    attempts integer not null,
    created_at timestamp(6) with time zone not null,
    uploaded_at timestamp(6) with time zone,
    analysed_at timestamp(6) with time zone,
    confirmed_at timestamp(6) with time zone
);

create unique index recognition_meal_photo_key_idx on recognition_meal_photo (object_key);
create index recognition_meal_photo_member_idx on recognition_meal_photo (member_id, created_at desc);
create index recognition_meal_photo_status_idx on recognition_meal_photo (status, created_at);

-- What members chose instead of a label's first food: the most chosen food ranks first.
create table recognition_label_food (
    label varchar(120) not null,
    food_id uuid not null,
    picks integer not null,
    updated_at timestamp(6) with time zone not null,
    primary key (label, food_id)
);

-- A member's consent to send aggregates of their diary to the AI summary service.
create table recognition_ai_consent (
    member_id uuid primary key,
    consented boolean not null,
    updated_at timestamp(6) with time zone not null
);

-- The last AI-written weekly summary per member and ISO week, the fallback when the AI fails.
create table recognition_weekly_summary (
    member_id uuid not null,
    week varchar(8) not null,
    summary_text varchar(4000) not null,
    generated_at timestamp(6) with time zone not null,
    primary key (member_id, week)
);
