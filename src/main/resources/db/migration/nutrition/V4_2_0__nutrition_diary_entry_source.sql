-- How an entry was logged: by hand (search, quick add, copy) or confirmed from a meal photo.
alter table nutrition_diary_entry add column source varchar(16) default 'MANUAL' not null;
