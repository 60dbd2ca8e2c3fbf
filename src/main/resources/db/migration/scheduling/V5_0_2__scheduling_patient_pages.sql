-- A clinician's patients page is read from one index, without a join and without counting:
-- the care relation carries the patient's name and email (kept current on each booking and
-- rename, like search_name), and each clinician's number of patients is kept in a row of
-- its own, incremented when a relation is added.
alter table scheduling_care_relation add column display_name varchar(100);
alter table scheduling_care_relation add column email varchar(254);
update scheduling_care_relation r
   set display_name = (select p.display_name from scheduling_patient p where p.id = r.patient_id),
       email = (select p.email from scheduling_patient p where p.id = r.patient_id);
alter table scheduling_care_relation alter column display_name set not null;
alter table scheduling_care_relation alter column email set not null;

drop index scheduling_care_relation_name_idx;
create index scheduling_care_relation_name_idx
    on scheduling_care_relation (doctor_id, search_name, patient_id, display_name, email);

create table scheduling_patient_tally (
    doctor_id uuid primary key,
    patients integer not null
);

insert into scheduling_patient_tally (doctor_id, patients)
select doctor_id, count(*) from scheduling_care_relation group by doctor_id;
