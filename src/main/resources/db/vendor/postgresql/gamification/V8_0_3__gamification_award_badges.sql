-- The badges a member holds (the progress page, and an evaluation whose award carries a
-- badge) are a handful of a member's awards: without this index PostgreSQL reads every
-- award the member has to find them (2,190 awards a year with a point per meal: 2,218
-- buffers, against 3 with it). Partial, so awards without a badge cost no index entry;
-- H2 has no partial indexes and its embedded databases are small, so it goes without.
create index gamification_award_badge_idx on gamification_award (generation, member_id, badge_code, awarded_at)
    where badge_code is not null;
