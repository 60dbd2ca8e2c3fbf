package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Freed slots held for a member of the waitlist until they expire.
 */
@Component
class SlotHolds {

	record Hold(UUID doctorId, Instant startsAt, UUID memberId, Instant expiresAt) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	SlotHolds(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	void hold(UUID doctorId, Instant startsAt, UUID memberId, Instant expiresAt) {
		this.jdbc.update("delete from scheduling_slot_hold where doctor_id = ? and starts_at = ?", doctorId,
				Timestamp.from(startsAt));
		this.jdbc.update(
				"insert into scheduling_slot_hold (doctor_id, starts_at, member_id, expires_at) values (?, ?, ?, ?)",
				doctorId, Timestamp.from(startsAt), memberId, Timestamp.from(expiresAt));
	}

	/** Who holds the slot now, if anyone. */
	Optional<UUID> holder(UUID doctorId, Instant startsAt, Instant now) {
		return this.jdbc.query(
				"select member_id from scheduling_slot_hold where doctor_id = ? and starts_at = ? and expires_at > ?",
				(rs, i) -> rs.getObject(1, UUID.class), doctorId, Timestamp.from(startsAt), Timestamp.from(now))
			.stream()
			.findFirst();
	}

	void release(UUID doctorId, Instant startsAt) {
		this.jdbc.update("delete from scheduling_slot_hold where doctor_id = ? and starts_at = ?", doctorId,
				Timestamp.from(startsAt));
	}

	/** Holds that ran out at or before {@code now}, oldest first. */
	List<Hold> expired(Instant now, int limit) {
		return this.jdbc.query(
				"select doctor_id, starts_at, member_id, expires_at from scheduling_slot_hold where expires_at <= ? "
						+ "order by expires_at limit ?",
				(rs, i) -> new Hold(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
						rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()),
				Timestamp.from(now), limit);
	}

	/**
	 * Removes the hold if it is still this member's and has run out. Only one caller can
	 * succeed (the row is gone for the others): this is what passes each expired hold on
	 * exactly once, whatever the number of instances sweeping.
	 */
	boolean endExpired(Hold hold, Instant now) {
		return this.jdbc.update(
				"delete from scheduling_slot_hold where doctor_id = ? and starts_at = ? and member_id = ? "
						+ "and expires_at <= ?",
				hold.doctorId(), Timestamp.from(hold.startsAt()), hold.memberId(), Timestamp.from(now)) == 1;
	}

	/**
	 * Live holds of these clinicians in {@code [from, to)}: slot start by doctor →
	 * holder.
	 */
	Map<UUID, Map<Instant, UUID>> live(Collection<UUID> doctorIds, Instant from, Instant to, Instant now) {
		Map<UUID, Map<Instant, UUID>> holds = new HashMap<>();
		this.named.query(
				"select doctor_id, starts_at, member_id from scheduling_slot_hold where doctor_id in (:ids) "
						+ "and starts_at >= :from and starts_at < :to and expires_at > :now",
				new MapSqlParameterSource("ids", doctorIds).addValue("from", Timestamp.from(from))
					.addValue("to", Timestamp.from(to))
					.addValue("now", Timestamp.from(now)),
				rs -> {
					holds.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
						.put(rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class));
				});
		return holds;
	}

}
