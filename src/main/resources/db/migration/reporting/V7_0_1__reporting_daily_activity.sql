-- One row per member and day (business time zone) the member made an authenticated
-- request: DAU, MAU, stickiness and the adherence denominator read it.
create table reporting_daily_activity (
    member_id uuid not null,
    active_on date not null,
    primary key (member_id, active_on)
);

create index reporting_daily_activity_day_idx on reporting_daily_activity (active_on, member_id);
