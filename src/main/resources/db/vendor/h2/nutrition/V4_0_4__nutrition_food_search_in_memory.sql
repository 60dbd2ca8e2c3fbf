-- Food search moved to an in-memory index in the application (see FoodSearch); the LIKE
-- index on search_text is no longer read. Keeps the version history aligned with PostgreSQL.
drop index if exists nutrition_food_search_text_idx;
