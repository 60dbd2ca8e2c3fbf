-- Food search moved to an in-memory index in the application (see FoodSearch): the
-- full-text and trigram indexes and the generated tsvector only cost writes now.
drop index if exists nutrition_food_search_trgm_idx;
drop index if exists nutrition_food_search_vector_idx;
alter table nutrition_food drop column if exists search_vector;
