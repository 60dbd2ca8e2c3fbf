-- Reports asked for by admins and computed in the background by a JobRunr job. active_key
-- holds the report's type and parameters while it is QUEUED or RUNNING and is cleared when
-- it ends: its unique constraint lets at most one live report exist per parameters, so
-- concurrent identical requests get the same report (NULLs never collide, on H2 as well).
create table reporting_report (
    id uuid primary key,
    type varchar(40) not null,
    params varchar(200) not null,
    status varchar(10) not null,
    progress integer not null,
    active_key varchar(240),
    attempts integer not null,
    created_at timestamp(6) with time zone not null,
    started_at timestamp(6) with time zone,
    heartbeat_at timestamp(6) with time zone,
    finished_at timestamp(6) with time zone,
    result text,
    error varchar(1000),
    constraint reporting_report_active_key unique (active_key)
);

create index reporting_report_created_idx on reporting_report (created_at, id);
create index reporting_report_type_idx on reporting_report (type, created_at, id);
create index reporting_report_status_idx on reporting_report (status, heartbeat_at);
