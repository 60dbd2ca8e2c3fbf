-- H2 has no full-text or trigram operators usable here: search is a LIKE over the
-- normalized search_text (see FoodSearch); this keeps the version history aligned.
create index nutrition_food_search_text_idx on nutrition_food (search_text);
