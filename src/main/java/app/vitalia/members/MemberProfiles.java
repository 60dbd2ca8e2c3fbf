package app.vitalia.members;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member profiles and targets. Other modules ask it for a member's targets and local time
 * zone, and the demo data generator bulk-imports profiles through it.
 */
@Service
public class MemberProfiles {

	private final MemberProfileRepository profiles;

	private final WeightEntryRepository weights;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberProfiles(MemberProfileRepository profiles, WeightEntryRepository weights, ApplicationEventPublisher events,
			JdbcTemplate jdbc, Clock clock) {
		this.profiles = profiles;
		this.weights = weights;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts complete profiles, each with its weight as the first entry of the weight
	 * history (recorded today in the member's zone), in multi-row statements. No events
	 * are published. Meant for demo and load-test data of new accounts only.
	 */
	@Transactional
	public void importProfiles(List<ImportedProfile> imported) {
		Instant now = this.clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(imported.size());
		List<Object[]> weights = new ArrayList<>(imported.size());
		for (ImportedProfile profile : imported) {
			ZoneId zone = ZoneId.of(profile.timezone());
			rows.add(new Object[] { profile.accountId(), Date.valueOf(profile.birthDate()), profile.sex().name(),
					profile.heightCm(), profile.weightKg(), profile.activityLevel().name(), profile.goal().name(),
					zone.getId(), new SqlParameterValue(Types.VARCHAR, profile.locale()), at });
			weights.add(new Object[] { UUID.randomUUID(), profile.accountId(),
					Date.valueOf(now.atZone(zone).toLocalDate()), profile.weightKg(), at });
		}
		insert("members_profile (account_id, birth_date, sex, height_cm, weight_kg, activity_level, goal, timezone, "
				+ "locale, completed_at)", rows);
		insert("members_weight_entry (id, account_id, recorded_on, weight_kg, recorded_at)", weights);
	}

	/** One statement per thousand rows: what keeps seeding tens of thousands quick. */
	private void insert(String into, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 1000) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
			int width = chunk.get(0).length;
			String tuple = "(" + "?, ".repeat(width - 1) + "?)";
			Object[] args = new Object[chunk.size() * width];
			for (int i = 0; i < chunk.size(); i++) {
				System.arraycopy(chunk.get(i), 0, args, i * width, width);
			}
			this.jdbc.update(
					"insert into " + into + " values " + String.join(", ", Collections.nCopies(chunk.size(), tuple)),
					args);
		}
	}

	/**
	 * The member's targets for today, if their profile (or their own numbers) allow it.
	 */
	@Transactional(readOnly = true)
	public Optional<Targets> targetsOf(UUID accountId) {
		return this.profiles.findById(accountId).flatMap(profile -> profile.targets(today(profile)));
	}

	/**
	 * The member's time zone; UTC until they set one.
	 */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(UUID accountId) {
		return this.profiles.findById(accountId).map(MemberProfile::zone).orElse(ZoneId.of("UTC"));
	}

	@Transactional(readOnly = true)
	Optional<MemberProfile> find(UUID accountId) {
		return this.profiles.findById(accountId);
	}

	@Transactional
	MemberProfile update(UUID accountId, MemberProfile.Facts facts) {
		MemberProfile profile = this.profiles.findById(accountId).orElseGet(() -> new MemberProfile(accountId));
		BigDecimal previousWeight = profile.getWeightKg();
		boolean completed = profile.update(facts, this.clock.instant());
		try {
			this.profiles.saveAndFlush(profile);
		}
		catch (DataIntegrityViolationException concurrentFirstSave) {
			throw new DomainException(DomainException.Kind.CONFLICT, "CONCURRENT_UPDATE",
					"The profile was changed at the same time; try again");
		}
		if (previousWeight == null || previousWeight.compareTo(facts.weightKg()) != 0) {
			recordWeight(profile, facts.weightKg());
		}
		if (completed) {
			this.events.publishEvent(new ProfileCompleted(accountId));
		}
		return profile;
	}

	@Transactional
	Targets setCustomTargets(UUID accountId, int calories, int proteinG, int fatG, int carbsG) {
		MemberProfile profile = this.profiles.findById(accountId).orElseGet(() -> new MemberProfile(accountId));
		profile.setCustomTargets(calories, proteinG, fatG, carbsG);
		this.profiles.save(profile);
		return profile.targets(today(profile)).orElseThrow();
	}

	@Transactional
	void clearCustomTargets(UUID accountId) {
		this.profiles.findById(accountId).ifPresent(MemberProfile::clearCustomTargets);
	}

	/**
	 * Records the member's weight for their today (replacing an earlier one of the same
	 * day) and makes it their current weight.
	 * @throws DomainException 409 {@code PROFILE_INCOMPLETE} before the profile is
	 * complete
	 */
	@Transactional
	WeightEntry logWeight(UUID accountId, BigDecimal weightKg) {
		MemberProfile profile = this.profiles.findById(accountId)
			.filter(MemberProfile::isComplete)
			.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "PROFILE_INCOMPLETE",
					"Complete your profile before logging your weight"));
		profile.weigh(weightKg);
		return recordWeight(profile, weightKg);
	}

	@Transactional(readOnly = true)
	List<WeightEntry> weightHistory(UUID accountId, int limit) {
		return this.weights.findByAccountIdOrderByRecordedOnDesc(accountId, Limit.of(limit));
	}

	LocalDate today(MemberProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.zone()));
	}

	private WeightEntry recordWeight(MemberProfile profile, BigDecimal weightKg) {
		LocalDate today = today(profile);
		WeightEntry entry = this.weights.findByAccountIdAndRecordedOn(profile.getAccountId(), today).map(found -> {
			found.correct(weightKg, this.clock.instant());
			return found;
		})
			.orElseGet(() -> this.weights
				.save(new WeightEntry(profile.getAccountId(), today, weightKg, this.clock.instant())));
		this.events.publishEvent(new WeightRecorded(profile.getAccountId(), today, weightKg));
		return entry;
	}

}
