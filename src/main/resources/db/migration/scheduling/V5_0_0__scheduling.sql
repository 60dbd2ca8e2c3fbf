-- Clinicians: the id is the clinician's identity account id.
create table scheduling_clinician (
    id uuid primary key,
    display_name varchar(100) not null,
    search_name varchar(100) not null,
    bio varchar(2000),
    photo_url varchar(500),
    timezone varchar(64) not null,
    slot_minutes integer not null,
    buffer_minutes integer not null default 0,
    min_notice_minutes integer not null default 120,
    horizon_days integer not null default 90,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0
);

create index scheduling_clinician_name_idx on scheduling_clinician (search_name, id);

create table scheduling_clinician_specialty (
    clinician_id uuid not null references scheduling_clinician (id) on delete cascade,
    specialty varchar(60) not null,
    primary key (clinician_id, specialty)
);

create index scheduling_clinician_specialty_idx on scheduling_clinician_specialty (specialty, clinician_id);

create table scheduling_clinician_language (
    clinician_id uuid not null references scheduling_clinician (id) on delete cascade,
    language varchar(10) not null,
    primary key (clinician_id, language)
);

create table scheduling_weekly_hours (
    clinician_id uuid not null references scheduling_clinician (id) on delete cascade,
    day_of_week varchar(9) not null,
    start_time time not null,
    end_time time not null,
    primary key (clinician_id, day_of_week, start_time)
);

create table scheduling_date_exception (
    clinician_id uuid not null references scheduling_clinician (id) on delete cascade,
    on_date date not null,
    kind varchar(5) not null,
    start_time time,
    end_time time
);

create index scheduling_date_exception_idx on scheduling_date_exception (clinician_id, on_date);

-- People who booked, with the name they had then: the patients list is searched by name
-- without reaching into identity's tables.
create table scheduling_patient (
    id uuid primary key,
    display_name varchar(100) not null,
    search_name varchar(100) not null,
    email varchar(254) not null
);

create index scheduling_patient_name_idx on scheduling_patient (search_name, id);

-- search_name repeats the patient's name so a clinician's patients page is read in name
-- order straight from the index.
create table scheduling_care_relation (
    doctor_id uuid not null,
    patient_id uuid not null,
    search_name varchar(100) not null,
    primary key (doctor_id, patient_id)
);

create index scheduling_care_relation_name_idx on scheduling_care_relation (doctor_id, search_name, patient_id);

-- active_starts_at equals starts_at while the appointment holds its slot and is NULL once
-- cancelled. The plain unique constraint on (doctor_id, active_starts_at) makes double
-- booking impossible on PostgreSQL and H2 alike (NULLs never collide).
create table scheduling_appointment (
    id uuid primary key,
    doctor_id uuid not null references scheduling_clinician (id),
    patient_id uuid not null,
    starts_at timestamp(6) with time zone not null,
    ends_at timestamp(6) with time zone not null,
    active_starts_at timestamp(6) with time zone,
    status varchar(10) not null,
    reason varchar(500),
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0,
    constraint scheduling_appointment_slot_uk unique (doctor_id, active_starts_at),
    constraint scheduling_appointment_active_ck check (
        (status = 'CANCELLED' and active_starts_at is null)
        or (status <> 'CANCELLED' and active_starts_at = starts_at)),
    constraint scheduling_appointment_range_ck check (ends_at > starts_at)
);

create index scheduling_appointment_doctor_idx on scheduling_appointment (doctor_id, starts_at, id);
create index scheduling_appointment_patient_idx on scheduling_appointment (patient_id, starts_at, id);
create index scheduling_appointment_starts_idx on scheduling_appointment (starts_at, id);

create table scheduling_appointment_change (
    id uuid primary key,
    appointment_id uuid not null references scheduling_appointment (id) on delete cascade,
    status varchar(10) not null,
    starts_at timestamp(6) with time zone not null,
    changed_by uuid,
    changed_at timestamp(6) with time zone not null,
    note varchar(500)
);

create index scheduling_appointment_change_idx on scheduling_appointment_change (appointment_id, changed_at);

-- A row per reminder sent: the primary key is the exactly-once guard.
create table scheduling_reminder (
    appointment_id uuid not null references scheduling_appointment (id) on delete cascade,
    kind varchar(20) not null,
    sent_at timestamp(6) with time zone not null,
    primary key (appointment_id, kind)
);

create table scheduling_waitlist_entry (
    id uuid primary key,
    doctor_id uuid not null references scheduling_clinician (id) on delete cascade,
    member_id uuid not null,
    on_date date not null,
    created_at timestamp(6) with time zone not null,
    offered_at timestamp(6) with time zone,
    constraint scheduling_waitlist_entry_uk unique (doctor_id, on_date, member_id)
);

create index scheduling_waitlist_queue_idx on scheduling_waitlist_entry (doctor_id, on_date, created_at);

-- A freed slot offered to someone on the waitlist: nobody else can book it until it expires.
create table scheduling_slot_hold (
    doctor_id uuid not null references scheduling_clinician (id) on delete cascade,
    starts_at timestamp(6) with time zone not null,
    member_id uuid not null,
    expires_at timestamp(6) with time zone not null,
    primary key (doctor_id, starts_at)
);

create table scheduling_calendar_feed (
    owner_id uuid primary key,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint scheduling_calendar_feed_token_uk unique (token_hash)
);
