create table nutrition_food_import (
    id uuid primary key,
    format varchar(16) not null,
    status varchar(16) not null,
    file_path varchar(500),
    rows_total bigint not null default 0,
    rows_done bigint not null default 0,
    foods integer,
    nutrient_values bigint,
    portions integer,
    error varchar(2000),
    requested_by uuid not null,
    created_at timestamp(6) with time zone not null,
    started_at timestamp(6) with time zone,
    finished_at timestamp(6) with time zone
);
