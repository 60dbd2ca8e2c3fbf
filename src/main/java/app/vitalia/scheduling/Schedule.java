package app.vitalia.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A clinician's booking rules: weekly hours and date exceptions in the clinician's time
 * zone, slot length, buffer between appointments, minimum notice and booking horizon.
 * Slots are laid out on real elapsed time from the start of each window, so a window that
 * spans a daylight-saving change yields one slot more or less that day.
 */
record Schedule(UUID doctorId, String timezone, int slotMinutes, int bufferMinutes, int minNoticeMinutes,
		int horizonDays, List<Window> weekly, List<DateException> exceptions) implements Serializable {

	/** Working hours on a day of the week, local time. */
	record Window(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) implements Serializable {
	}

	enum ExceptionKind {

		/** Not available: the whole day (no times) or between the times. */
		OFF,
		/** Extra hours on that date. */
		EXTRA

	}

	/** A dated change to the weekly hours. */
	record DateException(LocalDate date, ExceptionKind type, @Nullable LocalTime start,
			@Nullable LocalTime end) implements Serializable {
	}

	ZoneId zone() {
		return ZoneId.of(this.timezone);
	}

	Duration slotLength() {
		return Duration.ofMinutes(this.slotMinutes);
	}

	/**
	 * Whether booking {@code slot} would overlap {@code taken} or the buffer kept around
	 * it.
	 */
	boolean clashes(Slot slot, Slot taken) {
		Duration buffer = Duration.ofMinutes(this.bufferMinutes);
		return slot.overlaps(taken.start().minus(buffer), taken.end().plus(buffer));
	}

	/**
	 * The intervals {@code taken}, buffer included, ready to answer {@link #clashes} for
	 * many slots in a few comparisons each rather than one per taken interval.
	 */
	Taken taken(List<Slot> taken) {
		return new Taken(taken, Duration.ofMinutes(this.bufferMinutes));
	}

	/**
	 * Taken intervals widened by the buffer and sorted by start. A slot can only clash
	 * with those that start less than the longest interval before it, found by binary
	 * search.
	 */
	static final class Taken {

		private final Instant[] starts;

		private final Instant[] ends;

		private final Duration longest;

		Taken(List<Slot> taken, Duration buffer) {
			List<Slot> widened = taken.stream()
				.map(slot -> new Slot(slot.start().minus(buffer), slot.end().plus(buffer)))
				.sorted(Comparator.comparing(Slot::start))
				.toList();
			this.starts = widened.stream().map(Slot::start).toArray(Instant[]::new);
			this.ends = widened.stream().map(Slot::end).toArray(Instant[]::new);
			this.longest = widened.stream()
				.map(slot -> Duration.between(slot.start(), slot.end()))
				.max(Comparator.naturalOrder())
				.orElse(Duration.ZERO);
		}

		boolean clashes(Slot slot) {
			Instant earliestRelevant = slot.start().minus(this.longest);
			int low = 0;
			int high = this.starts.length;
			while (low < high) { // first interval starting after earliestRelevant
				int middle = (low + high) >>> 1;
				if (this.starts[middle].isAfter(earliestRelevant)) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			for (int i = low; i < this.starts.length && this.starts[i].isBefore(slot.end()); i++) {
				if (slot.overlaps(this.starts[i], this.ends[i])) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Every slot of the dates {@code [from, to)} by the rules alone, ignoring bookings,
	 * notice and horizon, in time order.
	 */
	List<Slot> slots(LocalDate from, LocalDate to) {
		List<Slot> slots = new ArrayList<>();
		for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
			slots.addAll(slotsOn(date));
		}
		return slots;
	}

	List<Slot> slotsOn(LocalDate date) {
		ZoneId zone = zone();
		List<Window> windows = new ArrayList<>();
		List<DateException> off = new ArrayList<>();
		boolean dayOff = false;
		for (DateException exception : this.exceptions) {
			if (!exception.date().equals(date)) {
				continue;
			}
			if (exception.type() == ExceptionKind.EXTRA) {
				windows.add(new Window(date.getDayOfWeek(), exception.start(), exception.end()));
			}
			else if (exception.start() == null) {
				dayOff = true;
			}
			else {
				off.add(exception);
			}
		}
		if (dayOff) {
			return List.of();
		}
		for (Window window : this.weekly) {
			if (window.dayOfWeek() == date.getDayOfWeek()) {
				windows.add(window);
			}
		}
		Duration length = slotLength();
		Duration step = length.plusMinutes(this.bufferMinutes);
		List<Slot> slots = new ArrayList<>();
		for (Window window : windows) {
			Instant end = date.atTime(window.end()).atZone(zone).toInstant();
			for (Instant start = date.atTime(window.start()).atZone(zone).toInstant(); !start.plus(length)
				.isAfter(end); start = start.plus(step)) {
				Slot slot = new Slot(start, start.plus(length));
				if (off.stream()
					.noneMatch(exception -> slot.overlaps(date.atTime(exception.start()).atZone(zone).toInstant(),
							date.atTime(exception.end()).atZone(zone).toInstant()))
						&& !slots.contains(slot)) {
					slots.add(slot);
				}
			}
		}
		slots.sort((a, b) -> a.start().compareTo(b.start()));
		return slots;
	}

	/**
	 * The slot starting exactly at {@code start}, if the rules offer one.
	 */
	Optional<Slot> slotAt(Instant start) {
		LocalDate date = start.atZone(zone()).toLocalDate();
		return slotsOn(date).stream().filter(slot -> slot.start().equals(start)).findFirst();
	}

	Instant earliestBookable(Instant now) {
		return now.plus(Duration.ofMinutes(this.minNoticeMinutes));
	}

	/**
	 * The last local date that can be booked, counted from today in the clinician's zone.
	 */
	LocalDate lastBookableDate(Instant now) {
		return now.atZone(zone()).toLocalDate().plusDays(this.horizonDays);
	}

}
