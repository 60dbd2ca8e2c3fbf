-- Specialties become codes from a fixed list (Specialty.java) with Spanish and English names.
-- Free-text values stored before (lower-cased as typed) that name one of them, in either
-- language, with or without accents, become its code; anything else is kept as typed.

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'nutrition' from scheduling_clinician_specialty s
    where s.specialty in ('dietetica', 'dietetica y nutricion', 'dietetica-y-nutricion', 'dietetics', 'dietician', 'dietista', 'dietitian', 'dietética', 'dietética y nutrición', 'nutricion', 'nutricion y dietetica', 'nutricion-y-dietetica', 'nutricionista', 'nutrición', 'nutrición y dietética', 'nutritionist')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'nutrition');
delete from scheduling_clinician_specialty where specialty in ('dietetica', 'dietetica y nutricion', 'dietetica-y-nutricion', 'dietetics', 'dietician', 'dietista', 'dietitian', 'dietética', 'dietética y nutrición', 'nutricion', 'nutricion y dietetica', 'nutricion-y-dietetica', 'nutricionista', 'nutrición', 'nutrición y dietética', 'nutritionist');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'endocrinology' from scheduling_clinician_specialty s
    where s.specialty in ('endocrino', 'endocrinologia', 'endocrinologist', 'endocrinologo', 'endocrinología', 'endocrinólogo')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'endocrinology');
delete from scheduling_clinician_specialty where specialty in ('endocrino', 'endocrinologia', 'endocrinologist', 'endocrinologo', 'endocrinología', 'endocrinólogo');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'cardiology' from scheduling_clinician_specialty s
    where s.specialty in ('cardiologia', 'cardiologist', 'cardiologo', 'cardiología', 'cardiólogo')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'cardiology');
delete from scheduling_clinician_specialty where specialty in ('cardiologia', 'cardiologist', 'cardiologo', 'cardiología', 'cardiólogo');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'sports-medicine' from scheduling_clinician_specialty s
    where s.specialty in ('medicina del deporte', 'medicina deportiva', 'medicina-del-deporte', 'medicina-deportiva', 'medico deportivo', 'medico-deportivo', 'médico deportivo', 'sports medicine', 'sports physician', 'sports-physician')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'sports-medicine');
delete from scheduling_clinician_specialty where specialty in ('medicina del deporte', 'medicina deportiva', 'medicina-del-deporte', 'medicina-deportiva', 'medico deportivo', 'medico-deportivo', 'médico deportivo', 'sports medicine', 'sports physician', 'sports-physician');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'general-practice' from scheduling_clinician_specialty s
    where s.specialty in ('family medicine', 'family-medicine', 'general practice', 'general practitioner', 'general-practitioner', 'gp', 'medicina familiar', 'medicina general', 'medicina-familiar', 'medicina-general', 'medico de familia', 'medico-de-familia', 'médico de familia')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'general-practice');
delete from scheduling_clinician_specialty where specialty in ('family medicine', 'family-medicine', 'general practice', 'general practitioner', 'general-practitioner', 'gp', 'medicina familiar', 'medicina general', 'medicina-familiar', 'medicina-general', 'medico de familia', 'medico-de-familia', 'médico de familia');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'internal-medicine' from scheduling_clinician_specialty s
    where s.specialty in ('internal medicine', 'internist', 'internista', 'medicina interna', 'medicina-interna')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'internal-medicine');
delete from scheduling_clinician_specialty where specialty in ('internal medicine', 'internist', 'internista', 'medicina interna', 'medicina-interna');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'psychology' from scheduling_clinician_specialty s
    where s.specialty in ('psicologia', 'psicologo', 'psicología', 'psicólogo', 'psychologist')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'psychology');
delete from scheduling_clinician_specialty where specialty in ('psicologia', 'psicologo', 'psicología', 'psicólogo', 'psychologist');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'psychiatry' from scheduling_clinician_specialty s
    where s.specialty in ('psiquiatra', 'psiquiatria', 'psiquiatría', 'psychiatrist')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'psychiatry');
delete from scheduling_clinician_specialty where specialty in ('psiquiatra', 'psiquiatria', 'psiquiatría', 'psychiatrist');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'pediatrics' from scheduling_clinician_specialty s
    where s.specialty in ('paediatrics', 'pediatra', 'pediatria', 'pediatrician', 'pediatría')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'pediatrics');
delete from scheduling_clinician_specialty where specialty in ('paediatrics', 'pediatra', 'pediatria', 'pediatrician', 'pediatría');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'dermatology' from scheduling_clinician_specialty s
    where s.specialty in ('dermatologia', 'dermatologist', 'dermatologo', 'dermatología', 'dermatólogo')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'dermatology');
delete from scheduling_clinician_specialty where specialty in ('dermatologia', 'dermatologist', 'dermatologo', 'dermatología', 'dermatólogo');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'gastroenterology' from scheduling_clinician_specialty s
    where s.specialty in ('aparato digestivo', 'aparato-digestivo', 'digestivo', 'gastroenterologia', 'gastroenterologist', 'gastroenterologo', 'gastroenterología', 'gastroenterólogo')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'gastroenterology');
delete from scheduling_clinician_specialty where specialty in ('aparato digestivo', 'aparato-digestivo', 'digestivo', 'gastroenterologia', 'gastroenterologist', 'gastroenterologo', 'gastroenterología', 'gastroenterólogo');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'gynecology' from scheduling_clinician_specialty s
    where s.specialty in ('ginecologia', 'ginecologo', 'ginecología', 'ginecólogo', 'gynaecology', 'obstetricia y ginecologia', 'obstetricia y ginecología', 'obstetricia-y-ginecologia', 'obstetrics and gynecology', 'obstetrics-and-gynecology')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'gynecology');
delete from scheduling_clinician_specialty where specialty in ('ginecologia', 'ginecologo', 'ginecología', 'ginecólogo', 'gynaecology', 'obstetricia y ginecologia', 'obstetricia y ginecología', 'obstetricia-y-ginecologia', 'obstetrics and gynecology', 'obstetrics-and-gynecology');

insert into scheduling_clinician_specialty (clinician_id, specialty)
    select distinct s.clinician_id, 'physiotherapy' from scheduling_clinician_specialty s
    where s.specialty in ('fisioterapeuta', 'fisioterapia', 'physical therapy', 'physical-therapy', 'physiotherapist')
    and not exists (select 1 from scheduling_clinician_specialty t
        where t.clinician_id = s.clinician_id and t.specialty = 'physiotherapy');
delete from scheduling_clinician_specialty where specialty in ('fisioterapeuta', 'fisioterapia', 'physical therapy', 'physical-therapy', 'physiotherapist');
