-- Where an account is signed in (Settings: "Where you're signed in"): the browser or app
-- that signed in (its User-Agent, cut to 200 characters) and when. Every token of a
-- sign-in's family carries both on; rows from before have neither.
alter table identity_refresh_token add column device varchar(200);
alter table identity_refresh_token add column signed_in_at timestamp(6) with time zone;
