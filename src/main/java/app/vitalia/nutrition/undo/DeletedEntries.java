package app.vitalia.nutrition.undo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Diary entries deleted in the last {@link #UNDO_WINDOW}, kept row for row so that Undo
 * brings back the very entry: its id, the food's names and figures as they were logged,
 * the portion, how it was logged (by hand or from a photo) and when. Bringing one back is
 * not a new log, so it earns nothing twice. Every instance deletes older ones every ten
 * minutes, as expired refresh tokens are; an erased account's go with it.
 */
@Component
public class DeletedEntries {

	/** How long a deleted entry can be brought back. */
	public static final Duration UNDO_WINDOW = Duration.ofHours(1);

	private static final String COLUMNS = "id, account_id, entry_date, meal, food_id, food_name, food_name_es,"
			+ " food_name_en, grams, portion_label_en, portion_label_es, portion_grams, portion_quantity, kcal,"
			+ " protein_g, fat_g, carbs_g, fiber_g, sugars_g, sodium_mg, source, created_at";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DeletedEntries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the member's entry as it is now; call in the deleting transaction, before the
	 * entry's row is deleted.
	 */
	public void keep(UUID accountId, UUID entryId) {
		this.jdbc.update("insert into nutrition_diary_entry_deleted (" + COLUMNS + ", deleted_at) select " + COLUMNS
				+ ", ? from nutrition_diary_entry where id = ? and account_id = ?", now(), entryId, accountId);
	}

	/**
	 * Puts the member's deleted entry back in the diary, unless it is not theirs, was
	 * brought back already or was deleted longer ago than the undo window. Call in a
	 * transaction: the kept row is locked first, so two Undos of one entry bring it back
	 * once.
	 * @return whether it is back
	 */
	public boolean bringBack(UUID accountId, UUID entryId) {
		boolean kept = !this.jdbc
			.queryForList(
					"select id from nutrition_diary_entry_deleted where id = ? and account_id = ? and deleted_at > ?"
							+ " for update",
					UUID.class, entryId, accountId, windowStart())
			.isEmpty();
		if (!kept) {
			return false;
		}
		this.jdbc.update("insert into nutrition_diary_entry (" + COLUMNS + ") select " + COLUMNS
				+ " from nutrition_diary_entry_deleted where id = ?", entryId);
		this.jdbc.update("delete from nutrition_diary_entry_deleted where id = ?", entryId);
		return true;
	}

	/** Forgets the entries deleted longer ago than the undo window; returns how many. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
	public int forgetOld() {
		return this.jdbc.update("delete from nutrition_diary_entry_deleted where deleted_at <= ?", windowStart());
	}

	/** Forgets every entry the member deleted (their account is being erased). */
	public void forget(UUID accountId) {
		this.jdbc.update("delete from nutrition_diary_entry_deleted where account_id = ?", accountId);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private Timestamp windowStart() {
		return Timestamp.from(this.clock.instant().minus(UNDO_WINDOW));
	}

}
