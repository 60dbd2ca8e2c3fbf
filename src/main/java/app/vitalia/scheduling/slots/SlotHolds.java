package app.vitalia.scheduling.slots;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Freed slots held for a member of the waitlist until they expire.
 */
@Component
public class SlotHolds {

	public record Hold(UUID doctorId, Instant startsAt, UUID memberId, Instant expiresAt) implements Serializable {
	}

	private static final String HOLD_COLUMNS = "select doctor_id, starts_at, member_id, expires_at from scheduling_slot_hold ";

	private static final RowMapper<Hold> HOLD = (rs, i) -> new Hold(rs.getObject(1, UUID.class),
			rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant());

	private final JdbcTemplate jdbc;

	private final SchedulingCaches caches;

	SlotHolds(JdbcTemplate jdbc, SchedulingCaches caches) {
		this.jdbc = jdbc;
		this.caches = caches;
	}

	public void hold(UUID doctorId, Instant startsAt, UUID memberId, Instant expiresAt) {
		this.caches.bookingsChanged(doctorId);
		this.jdbc.update("delete from scheduling_slot_hold where doctor_id = ? and starts_at = ?", doctorId,
				Timestamp.from(startsAt));
		this.jdbc.update(
				"insert into scheduling_slot_hold (doctor_id, starts_at, member_id, expires_at) values (?, ?, ?, ?)",
				doctorId, Timestamp.from(startsAt), memberId, Timestamp.from(expiresAt));
	}

	/** Who holds the slot now, if anyone. */
	public Optional<UUID> holder(UUID doctorId, Instant startsAt, Instant now) {
		return this.jdbc.query(
				"select member_id from scheduling_slot_hold where doctor_id = ? and starts_at = ? and expires_at > ?",
				(rs, i) -> rs.getObject(1, UUID.class), doctorId, Timestamp.from(startsAt), Timestamp.from(now))
			.stream()
			.findFirst();
	}

	public void release(UUID doctorId, Instant startsAt) {
		this.caches.bookingsChanged(doctorId);
		this.jdbc.update("delete from scheduling_slot_hold where doctor_id = ? and starts_at = ?", doctorId,
				Timestamp.from(startsAt));
	}

	/** Holds that ran out at or before {@code now}, oldest first. */
	public List<Hold> expired(Instant now, int limit) {
		return this.jdbc.query(HOLD_COLUMNS + "where expires_at <= ? order by expires_at limit ?", HOLD,
				Timestamp.from(now), limit);
	}

	/**
	 * Removes the hold if it is still this member's and has run out. Only one caller can
	 * succeed (the row is gone for the others): this is what passes each expired hold on
	 * exactly once, whatever the number of instances sweeping.
	 */
	public boolean endExpired(Hold hold, Instant now) {
		this.caches.bookingsChanged(hold.doctorId());
		return this.jdbc.update(
				"delete from scheduling_slot_hold where doctor_id = ? and starts_at = ? and member_id = ? "
						+ "and expires_at <= ?",
				hold.doctorId(), Timestamp.from(hold.startsAt()), hold.memberId(), Timestamp.from(now)) == 1;
	}

	/**
	 * The clinician's holds on slots starting in {@code [from, to)} that have not run out
	 * at {@code now}.
	 */
	List<Hold> of(UUID doctorId, Instant from, Instant to, Instant now) {
		return this.jdbc.query(
				HOLD_COLUMNS + "where doctor_id = ? and starts_at >= ? and starts_at < ? and expires_at > ?", HOLD,
				doctorId, Timestamp.from(from), Timestamp.from(to), Timestamp.from(now));
	}

}
