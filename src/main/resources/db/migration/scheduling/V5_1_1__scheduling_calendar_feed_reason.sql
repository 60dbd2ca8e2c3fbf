-- Appointment reasons are health data: a feed shows them only when its owner asked for it.
alter table scheduling_calendar_feed add column include_reason boolean default false not null;
