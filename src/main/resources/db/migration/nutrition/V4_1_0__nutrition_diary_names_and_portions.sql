-- Entries keep the food's name in both languages (shown in the viewer's language) and the
-- portion the member chose beside the grams. Entries logged before keep the single name
-- they were logged with when their food is gone from the catalog.
alter table nutrition_diary_entry add column food_name_es varchar(300);
alter table nutrition_diary_entry add column food_name_en varchar(300);
alter table nutrition_diary_entry add column portion_label_en varchar(160);
alter table nutrition_diary_entry add column portion_label_es varchar(160);
alter table nutrition_diary_entry add column portion_grams double precision;
alter table nutrition_diary_entry add column portion_quantity double precision;

update nutrition_diary_entry set
    food_name_es = (select f.name_es from nutrition_food f where f.id = nutrition_diary_entry.food_id),
    food_name_en = (select f.name_en from nutrition_food f where f.id = nutrition_diary_entry.food_id);
