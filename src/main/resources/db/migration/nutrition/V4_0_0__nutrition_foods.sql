-- The food catalog: starter foods, imported USDA foods, members' custom foods and recipes.
-- Nutrient values are per 100 g; null means "not measured", never zero.
create table nutrition_food (
    id uuid primary key,
    source varchar(16) not null,
    source_id varchar(64) not null,
    owner_id uuid,
    name_en varchar(300),
    name_es varchar(300),
    food_group varchar(120),
    search_text varchar(1000) not null,
    servings integer,
    kcal double precision,
    protein_g double precision,
    fat_g double precision,
    carbs_g double precision,
    fiber_g double precision,
    sugars_g double precision,
    sodium_mg double precision,
    saturated_fat_g double precision,
    cholesterol_mg double precision,
    potassium_mg double precision,
    calcium_mg double precision,
    iron_mg double precision,
    vitamin_c_mg double precision,
    updated_at timestamp(6) with time zone not null,
    constraint nutrition_food_source_uk unique (source, source_id)
);

create index nutrition_food_owner_idx on nutrition_food (owner_id);

create table nutrition_food_portion (
    food_id uuid not null references nutrition_food (id) on delete cascade,
    seq integer not null,
    label_en varchar(160),
    label_es varchar(160),
    grams double precision not null,
    primary key (food_id, seq)
);

create table nutrition_recipe_ingredient (
    recipe_id uuid not null references nutrition_food (id) on delete cascade,
    seq integer not null,
    food_id uuid not null,
    grams double precision not null,
    primary key (recipe_id, seq)
);
