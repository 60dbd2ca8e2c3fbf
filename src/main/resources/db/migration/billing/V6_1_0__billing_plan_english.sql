-- A plan's name and description for members reading Vitalia in English. Null: they read
-- the plan's own (Spanish) name and description, as before.
alter table billing_plan add column name_en varchar(120);
alter table billing_plan add column description_en varchar(2000);
