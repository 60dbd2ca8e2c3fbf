-- PostgreSQL search: search_text is already lower-cased and accent-free (the application
-- normalizes it), so prefix full-text matching uses the 'simple' configuration and typo
-- tolerance uses trigram word similarity; both are GIN-indexed.
create extension if not exists pg_trgm;

alter table nutrition_food
    add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored;

create index nutrition_food_search_vector_idx on nutrition_food using gin (search_vector);

create index nutrition_food_search_trgm_idx on nutrition_food using gin (search_text gin_trgm_ops);
