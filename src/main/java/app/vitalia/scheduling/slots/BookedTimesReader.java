package app.vitalia.scheduling.slots;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.vitalia.platform.CacheTtl;
import app.vitalia.scheduling.calendar.AppointmentQueries;
import app.vitalia.scheduling.calendar.Slot;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Reads a clinician's {@link BookedTimes} through the {@link SchedulingCaches#BOOKINGS}
 * cache. An entry spans from two days before it was read to three days past the booking
 * horizon, which covers every slot listing for a day; a listing it does not cover reads
 * afresh. Every change of an appointment or hold evicts the clinician's entry, and
 * entries live one minute at most, which bounds how long a copy read just before a commit
 * can stay behind it. Bookings themselves never trust this copy: they are checked under
 * the clinician's lock and the unique key.
 */
@Component
public class BookedTimesReader {

	static final Duration BEFORE = Duration.ofDays(2);

	static final Duration PAST_HORIZON = Duration.ofDays(3);

	private final AppointmentQueries queries;

	private final SlotHolds holds;

	private final CacheManager caches;

	BookedTimesReader(AppointmentQueries queries, SlotHolds holds, CacheManager caches) {
		this.queries = queries;
		this.holds = holds;
		this.caches = caches;
	}

	/** The clinician's booked times, covering at least {@code [from, to)}. */
	public BookedTimes covering(Schedule schedule, Instant from, Instant to, Instant now) {
		Cache cache = this.caches.getCache(SchedulingCaches.BOOKINGS);
		BookedTimes cached = cache != null ? cache.get(schedule.doctorId(), BookedTimes.class) : null;
		if (cached != null && cached.covers(from, to)) {
			return cached;
		}
		Instant loadFrom = earliest(from, now.minus(BEFORE));
		Instant loadTo = latest(to, now.plus(Duration.ofDays(schedule.horizonDays())).plus(PAST_HORIZON));
		List<Slot> busy = this.queries.busy(List.of(schedule.doctorId()), loadFrom, loadTo)
			.getOrDefault(schedule.doctorId(), List.of());
		BookedTimes loaded = new BookedTimes(loadFrom, loadTo, Schedule.Taken.of(busy),
				this.holds.of(schedule.doctorId(), loadFrom, loadTo, now));
		if (cache != null) {
			cache.put(schedule.doctorId(), loaded);
		}
		return loaded;
	}

	public static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	public static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	@Configuration(proxyBeanMethods = false)
	static class Lifetime {

		@Bean
		CacheTtl bookingsTtl() {
			return new CacheTtl(SchedulingCaches.BOOKINGS, Duration.ofMinutes(1));
		}

	}

}
