-- A deleted diary entry, kept as it was for a short while so that Undo brings back the very
-- entry (its id, figures, portion, source and time) rather than logging the food again.
-- Rows older than the undo window are deleted by a recurring job (DeletedEntries).
create table nutrition_diary_entry_deleted (
    id uuid primary key,
    account_id uuid not null,
    entry_date date not null,
    meal varchar(16) not null,
    food_id uuid not null,
    food_name varchar(300) not null,
    food_name_es varchar(300),
    food_name_en varchar(300),
    grams double precision not null,
    portion_label_en varchar(160),
    portion_label_es varchar(160),
    portion_grams double precision,
    portion_quantity double precision,
    kcal double precision,
    protein_g double precision,
    fat_g double precision,
    carbs_g double precision,
    fiber_g double precision,
    sugars_g double precision,
    sodium_mg double precision,
    source varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    deleted_at timestamp(6) with time zone not null
);

create index nutrition_diary_entry_deleted_account_idx on nutrition_diary_entry_deleted (account_id);

create index nutrition_diary_entry_deleted_at_idx on nutrition_diary_entry_deleted (deleted_at);
