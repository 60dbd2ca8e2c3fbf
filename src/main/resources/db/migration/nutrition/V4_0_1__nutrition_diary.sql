-- Diary entries keep the food's name and nutrients as logged (no foreign key to the food):
-- later imports, edits or deletions of a custom food never rewrite a member's history.
create table nutrition_diary_entry (
    id uuid primary key,
    account_id uuid not null,
    entry_date date not null,
    meal varchar(16) not null,
    food_id uuid not null,
    food_name varchar(300) not null,
    grams double precision not null,
    kcal double precision,
    protein_g double precision,
    fat_g double precision,
    carbs_g double precision,
    fiber_g double precision,
    sugars_g double precision,
    sodium_mg double precision,
    created_at timestamp(6) with time zone not null
);

create index nutrition_diary_entry_day_idx on nutrition_diary_entry (account_id, entry_date);

create index nutrition_diary_entry_recent_idx on nutrition_diary_entry (account_id, created_at);
