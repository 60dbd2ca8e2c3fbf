package app.vitalia.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.nutrition.Meal;
import app.vitalia.platform.GroupedInserts;
import app.vitalia.platform.MultiRowInsert;
import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/**
 * Meal photos in {@code recognition_meal_photo}. Status changes are conditional updates,
 * so a second notification, a second job run or a second confirmation changes nothing.
 */
@Repository
class PhotoStore {

	/** The most issued photos one insert statement carries. */
	static final int GROUP = 100;

	private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final GroupedInserts issued;

	PhotoStore(JdbcTemplate jdbc, MultiRowInsert insert) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
		// upload URLs are asked for far more often than anything else here: their rows
		// share statements and commits when they arrive together
		this.issued = new GroupedInserts(insert, "recognition_meal_photo",
				"id, member_id, object_key, content_type, size_bytes, diary_date, meal, status, attempts, created_at",
				GROUP, Duration.ofSeconds(10));
	}

	/**
	 * Inserts a photo waiting for its upload; outside a transaction (it commits at once).
	 */
	void insert(UUID id, UUID memberId, String key, String contentType, long size, @Nullable LocalDate date,
			@Nullable Meal meal, Instant now) {
		this.issued.insert(id, memberId, key, contentType, size, new SqlParameterValue(Types.DATE, date),
				new SqlParameterValue(Types.VARCHAR, meal == null ? null : meal.name()),
				PhotoStatus.PENDING_UPLOAD.name(), 0, Timestamp.from(now));
	}

	@PreDestroy
	void close() {
		this.issued.close();
	}

	Optional<MealPhoto> find(UUID id) {
		return this.jdbc.query("select * from recognition_meal_photo where id = ?", this::photo, id)
			.stream()
			.findFirst();
	}

	Optional<MealPhoto> findByKey(String key) {
		return this.jdbc.query("select * from recognition_meal_photo where object_key = ?", this::photo, key)
			.stream()
			.findFirst();
	}

	/**
	 * PENDING_UPLOAD → ANALYSING; false when the photo had left PENDING_UPLOAD already.
	 */
	boolean markUploaded(UUID id, Instant now) {
		return this.jdbc.update(
				"update recognition_meal_photo set status = ?, uploaded_at = ? where id = ? and status = ?",
				PhotoStatus.ANALYSING.name(), Timestamp.from(now), id, PhotoStatus.PENDING_UPLOAD.name()) == 1;
	}

	/**
	 * One more analysis attempt of an analysing photo; its number, 0 when not analysing.
	 */
	int startAttempt(UUID id) {
		if (this.jdbc.update("update recognition_meal_photo set attempts = attempts + 1 where id = ? and status = ?",
				id, PhotoStatus.ANALYSING.name()) == 0) {
			return 0;
		}
		return this.jdbc.queryForObject("select attempts from recognition_meal_photo where id = ?", Integer.class, id);
	}

	boolean finish(UUID id, PhotoStatus status, @Nullable String error, String recognizer, List<Candidate> candidates,
			Instant now) {
		return this.jdbc.update(
				"update recognition_meal_photo set status = ?, error = ?, recognizer = ?, candidates = ?, "
						+ "analysed_at = ? where id = ? and status = ?",
				status.name(), error, recognizer, this.json.writeValueAsString(candidates), Timestamp.from(now), id,
				PhotoStatus.ANALYSING.name()) == 1;
	}

	/** FAILED → ANALYSING with a fresh attempt count, for an admin's retry. */
	boolean reopen(UUID id) {
		return this.jdbc.update(
				"update recognition_meal_photo set status = ?, error = null, attempts = 0 "
						+ "where id = ? and status = ?",
				PhotoStatus.ANALYSING.name(), id, PhotoStatus.FAILED.name()) == 1;
	}

	boolean markConfirmed(UUID id, Instant now) {
		return this.jdbc.update(
				"update recognition_meal_photo set confirmed_at = ? where id = ? and confirmed_at is null "
						+ "and status in (?, ?)",
				Timestamp.from(now), id, PhotoStatus.READY.name(), PhotoStatus.NO_FOOD.name()) == 1;
	}

	/** Failed analyses that are worth retrying (not invalid images), newest first. */
	List<MealPhoto> deadLetters(int limit) {
		return this.jdbc.query(
				"select * from recognition_meal_photo where status = ? and error <> ? "
						+ "order by created_at desc limit " + limit,
				this::photo, PhotoStatus.FAILED.name(), MealPhotos.INVALID_IMAGE);
	}

	long countDeadLetters() {
		return this.jdbc.queryForObject("select count(*) from recognition_meal_photo where status = ? and error <> ?",
				Long.class, PhotoStatus.FAILED.name(), MealPhotos.INVALID_IMAGE);
	}

	/** Photos analysing since before {@code cutoff} whose first attempt never started. */
	List<MealPhoto> stalled(Instant cutoff, int limit) {
		return this.jdbc.query(
				"select * from recognition_meal_photo where status = ? and attempts = 0 "
						+ "and uploaded_at < ? order by uploaded_at limit " + limit,
				this::photo, PhotoStatus.ANALYSING.name(), Timestamp.from(cutoff));
	}

	List<MealPhoto> createdBefore(Instant cutoff, int limit) {
		return this.jdbc.query(
				"select * from recognition_meal_photo where created_at < ? order by created_at limit " + limit,
				this::photo, Timestamp.from(cutoff));
	}

	void delete(UUID id) {
		this.jdbc.update("delete from recognition_meal_photo where id = ?", id);
	}

	private MealPhoto photo(ResultSet row, int n) throws SQLException {
		String candidates = row.getString("candidates");
		String meal = row.getString("meal");
		return new MealPhoto(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class),
				row.getString("object_key"), row.getString("content_type"), row.getLong("size_bytes"),
				row.getObject("diary_date", LocalDate.class), meal == null ? null : Meal.valueOf(meal),
				PhotoStatus.valueOf(row.getString("status")), row.getString("error"), row.getString("recognizer"),
				candidates == null ? List.of() : this.json.readValue(candidates, CANDIDATES), row.getInt("attempts"),
				instant(row, "created_at"), instant(row, "analysed_at"), instant(row, "confirmed_at"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
