package app.vitalia.scheduling.slots;

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

import app.vitalia.scheduling.calendar.Slot;

/**
 * A clinician's booking rules: weekly hours and date exceptions in the clinician's time
 * zone, slot length, buffer between appointments, minimum notice and booking horizon.
 * Slots are laid out on real elapsed time from the start of each window, so a window that
 * spans a daylight-saving change yields one slot more or less that day.
 */
public record Schedule(UUID doctorId, String timezone, int slotMinutes, int bufferMinutes, int minNoticeMinutes,
		int horizonDays, List<Window> weekly, List<DateException> exceptions) implements Serializable {

	/** Working hours on a day of the week, local time. */
	public record Window(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) implements Serializable {
	}

	public enum ExceptionKind {

		/** Not available: the whole day (no times) or between the times. */
		OFF,
		/** Extra hours on that date. */
		EXTRA

	}

	/** A dated change to the weekly hours. */
	public record DateException(LocalDate date, ExceptionKind type, @Nullable LocalTime start,
			@Nullable LocalTime end) implements Serializable {
	}

	public ZoneId zone() {
		return ZoneId.of(this.timezone);
	}

	Duration slotLength() {
		return Duration.ofMinutes(this.slotMinutes);
	}

	/**
	 * Whether booking {@code slot} would overlap {@code taken} or the buffer kept around
	 * it.
	 */
	public boolean clashes(Slot slot, Slot taken) {
		Duration buffer = Duration.ofMinutes(this.bufferMinutes);
		return slot.overlaps(taken.start().minus(buffer), taken.end().plus(buffer));
	}

	/**
	 * Taken intervals sorted by start, in epoch milliseconds, and the buffer kept around
	 * each. A slot can only clash with the intervals that start less than the longest one
	 * (plus the buffer) before it, found by binary search.
	 */
	public static final class Taken implements Serializable {

		private final long[] starts;

		private final long[] ends;

		private final long longest;

		private final long buffer;

		private Taken(long[] starts, long[] ends, long longest, long buffer) {
			this.starts = starts;
			this.ends = ends;
			this.longest = longest;
			this.buffer = buffer;
		}

		/** The intervals, in any order, without a buffer. */
		static Taken of(List<Slot> taken) {
			List<Slot> sorted = taken.stream().sorted(Comparator.comparing(Slot::start)).toList();
			long[] starts = new long[sorted.size()];
			long[] ends = new long[sorted.size()];
			long longest = 0;
			for (int i = 0; i < starts.length; i++) {
				starts[i] = sorted.get(i).start().toEpochMilli();
				ends[i] = sorted.get(i).end().toEpochMilli();
				longest = Math.max(longest, ends[i] - starts[i]);
			}
			return new Taken(starts, ends, longest, 0);
		}

		public Taken withBuffer(Duration buffer) {
			return new Taken(this.starts, this.ends, this.longest, buffer.toMillis());
		}

		/** Whether the slot overlaps a taken interval or the buffer around it. */
		public boolean clashes(Slot slot) {
			long start = slot.start().toEpochMilli();
			long end = slot.end().toEpochMilli();
			long earliestRelevant = start - this.longest - this.buffer;
			int low = 0;
			int high = this.starts.length;
			while (low < high) { // the first interval starting after earliestRelevant
				int middle = (low + high) >>> 1;
				if (this.starts[middle] > earliestRelevant) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			for (int i = low; i < this.starts.length && this.starts[i] - this.buffer < end; i++) {
				if (this.ends[i] + this.buffer > start) {
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
	public List<Slot> slots(LocalDate from, LocalDate to) {
		List<Slot> slots = new ArrayList<>();
		for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
			slots.addAll(slotsOn(date));
		}
		return slots;
	}

	public List<Slot> slotsOn(LocalDate date) {
		ZoneId zone = zone();
		Day day = day(date, zone);
		Duration length = slotLength();
		Duration step = length.plusMinutes(this.bufferMinutes);
		List<Slot> slots = new ArrayList<>();
		for (Window window : day.windows()) {
			Instant end = date.atTime(window.end()).atZone(zone).toInstant();
			for (Instant start = date.atTime(window.start()).atZone(zone).toInstant(); !start.plus(length)
				.isAfter(end); start = start.plus(step)) {
				Slot slot = new Slot(start, start.plus(length));
				if (day.free(slot) && !slots.contains(slot)) {
					slots.add(slot);
				}
			}
		}
		slots.sort((a, b) -> a.start().compareTo(b.start()));
		return slots;
	}

	/**
	 * The slot starting exactly at {@code start}, if the rules offer one: what
	 * {@link #slotsOn} would find, without laying out the day (a booking asks this on
	 * every request).
	 */
	public Optional<Slot> slotAt(Instant start) {
		ZoneId zone = zone();
		LocalDate date = start.atZone(zone).toLocalDate();
		Day day = day(date, zone);
		Duration length = slotLength();
		Slot slot = new Slot(start, start.plus(length));
		Duration step = length.plusMinutes(this.bufferMinutes);
		boolean offered = day.windows().stream().anyMatch(window -> {
			Duration offset = Duration.between(date.atTime(window.start()).atZone(zone).toInstant(), start);
			return !offset.isNegative() && offset.toNanos() % step.toNanos() == 0
					&& !slot.end().isAfter(date.atTime(window.end()).atZone(zone).toInstant());
		});
		return offered && day.free(slot) ? Optional.of(slot) : Optional.empty();
	}

	/**
	 * The windows the rules open on a date (none on a day off) and the hours off inside
	 * them.
	 */
	private Day day(LocalDate date, ZoneId zone) {
		List<Window> windows = new ArrayList<>();
		List<Slot> off = new ArrayList<>();
		for (DateException exception : this.exceptions) {
			if (!exception.date().equals(date)) {
				continue;
			}
			if (exception.type() == ExceptionKind.EXTRA) {
				windows.add(new Window(date.getDayOfWeek(), exception.start(), exception.end()));
			}
			else if (exception.start() == null) {
				return new Day(List.of(), List.of());
			}
			else {
				off.add(new Slot(date.atTime(exception.start()).atZone(zone).toInstant(),
						date.atTime(exception.end()).atZone(zone).toInstant()));
			}
		}
		for (Window window : this.weekly) {
			if (window.dayOfWeek() == date.getDayOfWeek()) {
				windows.add(window);
			}
		}
		return new Day(windows, off);
	}

	private record Day(List<Window> windows, List<Slot> off) {

		boolean free(Slot slot) {
			return this.off.stream().noneMatch(hours -> slot.overlaps(hours.start(), hours.end()));
		}

	}

	public Instant earliestBookable(Instant now) {
		return now.plus(Duration.ofMinutes(this.minNoticeMinutes));
	}

	/**
	 * The last local date that can be booked, counted from today in the clinician's zone.
	 */
	public LocalDate lastBookableDate(Instant now) {
		return now.atZone(zone()).toLocalDate().plusDays(this.horizonDays);
	}

}
