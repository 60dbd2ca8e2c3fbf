package app.vitalia.members;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.platform.DomainException;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Member profiles and targets. Other modules ask it for a member's targets and local time
 * zone.
 */
@Service
public class MemberProfiles {

	/**
	 * Members' time zones by account id: read on every diary entry, booking email and
	 * streak, changed only by a profile update, which evicts the entry once it commits.
	 */
	static final String ZONES = "members.zones";

	private final MemberProfileRepository profiles;

	private final WeightEntryRepository weights;

	private final ApplicationEventPublisher events;

	private final CacheManager caches;

	private final Clock clock;

	MemberProfiles(MemberProfileRepository profiles, WeightEntryRepository weights, ApplicationEventPublisher events,
			CacheManager caches, Clock clock) {
		this.profiles = profiles;
		this.weights = weights;
		this.events = events;
		this.caches = caches;
		this.clock = clock;
	}

	/**
	 * The member's targets for today, if their profile (or their own numbers) allow it.
	 */
	@Transactional(readOnly = true)
	public Optional<Targets> targetsOf(MemberId member) {
		return this.profiles.findById(member.id()).flatMap(profile -> profile.targets(today(profile)));
	}

	/**
	 * The member's time zone; UTC until they set one (cached).
	 */
	@Cacheable(ZONES)
	@Transactional(readOnly = true)
	public ZoneId zoneOf(MemberId member) {
		return this.profiles.findById(member.id()).map(MemberProfile::zone).orElse(ZoneId.of("UTC"));
	}

	@Transactional(readOnly = true)
	Optional<MemberProfile> find(UUID accountId) {
		return this.profiles.findById(accountId);
	}

	@Transactional
	MemberProfile update(UUID accountId, MemberProfile.Facts facts) {
		MemberProfile profile = this.profiles.findById(accountId).orElseGet(() -> new MemberProfile(accountId));
		zoneChanged(accountId);
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
			this.events.publishEvent(new ProfileCompleted(MemberId.of(accountId)));
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

	/**
	 * Drops the cached zone once the transaction that may change it ends (committed or
	 * not), so no reader caches the old zone after the new one is visible.
	 */
	private void zoneChanged(UUID accountId) {
		Runnable evict = () -> {
			Cache zones = this.caches.getCache(ZONES);
			if (zones != null) {
				zones.evict(MemberId.of(accountId));
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evict.run();
				}
			});
		}
		else {
			evict.run();
		}
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
		this.events.publishEvent(new WeightRecorded(MemberId.of(profile.getAccountId()), today, weightKg));
		return entry;
	}

}
