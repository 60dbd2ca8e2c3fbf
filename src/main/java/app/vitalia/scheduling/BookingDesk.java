package app.vitalia.scheduling;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.AccountSummary;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Mailer;
import app.vitalia.platform.MultiRowInsert;
import app.vitalia.scheduling.appointments.Appointment;
import app.vitalia.scheduling.calendar.Slot;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SchedulingCaches;
import app.vitalia.scheduling.slots.SlotHolds;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the bookings that arrive together in one transaction: under load, many requests
 * share one lock statement, one read of what they would overlap, one insert of each kind
 * and one commit, where each used to pay for all of them alone.
 * <p>
 * A request hands its booking over ({@link #book}) once every check that needs no lock
 * has passed, and waits. A few writer threads each take whatever is waiting, up to a
 * batch, and in one transaction lock the clinicians involved (always in the same order),
 * read in one round trip what each booking would overlap and who holds or waits for its
 * slot, decide the bookings one after another (a booking also conflicts with those
 * accepted before it in the batch), and insert the accepted ones with their history and
 * confirmation emails. Each request is answered once that transaction has committed: its
 * booking and its email are then durable together, exactly as when it was written alone.
 * <p>
 * The database still decides: the clinician's row lock serialises bookings of the same
 * clinician across batches, writers and instances, and the unique key on the active slot
 * refuses a double booking however it arrives. Should a batch fail anyway (say, that key
 * refuses a row), it is rolled back and each of its bookings is written again alone, so
 * one booking's failure never becomes another's. Inside a caller's transaction a booking
 * is written in that transaction, alone.
 */
@Component
class BookingDesk implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BookingDesk.class);

	/** Writer threads: batches in flight at once. */
	static final int WRITERS = 2;

	/** The most bookings written in one transaction. */
	static final int MAX_BATCH = 64;

	/** Bookings waiting beyond this many are refused (503) rather than queued. */
	static final int MAX_WAITING = 4096;

	/**
	 * One booking's part of the batch read: a row with who holds its slot and whether the
	 * member waits for the day, then a row per appointment it would overlap.
	 */
	private static final String STANDING_AND_OVERLAPS = "select %1$d, cast(null as timestamp with time zone), "
			+ "(select member_id from scheduling_slot_hold where doctor_id = ? and starts_at = ? and expires_at > ?), "
			+ "(select count(*) from scheduling_waitlist_entry where doctor_id = ? and member_id = ? and on_date = ?) "
			+ "union all select %1$d, active_starts_at, null, null from scheduling_appointment where doctor_id = ? "
			+ "and active_starts_at > ? and active_starts_at < ? and ends_at > ?";

	/**
	 * A booking that passed every check that needs no lock, waiting to be written; its
	 * confirmation is written only if it is accepted.
	 */
	record Pending(AccountSummary account, UUID actor, Appointment appointment, Supplier<Mailer.Letter> confirmation,
			CompletableFuture<AppointmentBooked> done) {

		Pending(AccountSummary account, UUID actor, Appointment appointment, Supplier<Mailer.Letter> confirmation) {
			this(account, actor, appointment, confirmation, new CompletableFuture<>());
		}

		UUID doctorId() {
			return this.appointment.getDoctorId();
		}

		UUID patientId() {
			return this.appointment.getPatientId();
		}

		AppointmentBooked booked() {
			return new AppointmentBooked(AppointmentId.of(this.appointment.getId()), ClinicianId.of(doctorId()),
					MemberId.of(patientId()), this.appointment.getStartsAt(), this.appointment.getEndsAt());
		}

	}

	/** What a batch's transaction decided: the bookings written and those refused. */
	private record Outcome(List<Pending> accepted, Map<Pending, RuntimeException> refused) {
	}

	private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MAX_WAITING);

	/** A clinician's slot, by its start. */
	private record SlotKey(UUID doctorId, Instant start) {
	}

	/**
	 * Slots this instance has lately seen booked (written, or refused as taken): a hint,
	 * never the rule, that a request for one is worth a look at the database before it
	 * waits for a writer.
	 */
	private final Cache<SlotKey, Boolean> lately = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean closed;

	private final JdbcTemplate jdbc;

	private final MultiRowInsert rows;

	private final TransactionTemplate transactions;

	private final Clinicians clinicians;

	private final SlotHolds holds;

	private final Waitlist waitlist;

	private final Patients patients;

	private final Mailer mailer;

	private final SchedulingCaches caches;

	private final ApplicationEventPublisher events;

	BookingDesk(JdbcTemplate jdbc, MultiRowInsert rows, PlatformTransactionManager transactions, Clinicians clinicians,
			SlotHolds holds, Waitlist waitlist, Patients patients, Mailer mailer, SchedulingCaches caches,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.clinicians = clinicians;
		this.holds = holds;
		this.waitlist = waitlist;
		this.patients = patients;
		this.mailer = mailer;
		this.caches = caches;
		this.events = events;
	}

	@Override
	public void afterPropertiesSet() {
		for (int i = 1; i <= WRITERS; i++) {
			Thread writer = new Thread(this::write, "booking-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			this.writers.add(writer);
		}
	}

	/**
	 * Writes the booking, with the next batch or, inside a caller's transaction, in it.
	 * @return the booking once it is committed
	 * @throws DomainException 409 {@code SLOT_TAKEN}, {@code OVERLAPS_APPOINTMENT} or
	 * {@code SLOT_HELD}; 404 when the clinician is gone
	 * @throws DataAccessResourceFailureException (503) when more bookings wait than the
	 * desk takes, or it is closing
	 */
	AppointmentBooked book(Pending booking) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			Outcome outcome = decideAndWrite(List.of(booking));
			RuntimeException refusal = outcome.refused().get(booking);
			if (refusal != null) {
				throw refusal;
			}
			return booking.booked();
		}
		if (this.closed || !this.waiting.offer(booking)) {
			throw new DataAccessResourceFailureException(
					this.closed ? "Bookings are closed: the application is stopping"
							: "More bookings are waiting than the database takes");
		}
		try {
			return booking.done().get();
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("The booking failed", failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while the booking was written", interrupted);
		}
	}

	/**
	 * Whether this instance has lately seen the clinician's slot starting then booked.
	 * Only a hint: the slot may have been freed since, and one booked elsewhere is not
	 * known.
	 */
	boolean latelyBooked(UUID doctorId, Instant start) {
		return this.lately.getIfPresent(new SlotKey(doctorId, start)) != null;
	}

	/**
	 * Drops the hint for a slot that was just freed (its appointment cancelled or moved),
	 * so the next request for it goes straight to a writer.
	 */
	void forget(UUID doctorId, Instant start) {
		this.lately.invalidate(new SlotKey(doctorId, start));
	}

	/**
	 * A writer: takes what waits, up to a batch, and writes it, until the desk closes.
	 */
	private void write() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (!this.closed || !this.waiting.isEmpty()) {
			try {
				Pending first = this.waiting.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
			}
			catch (InterruptedException interrupted) {
				return;
			}
			this.waiting.drainTo(batch, MAX_BATCH - 1);
			write(batch);
			batch.clear();
		}
	}

	/**
	 * Writes the batch in one transaction and answers its requests after the commit; if
	 * the transaction fails, writes each booking again alone. A booking the unique key
	 * refuses alone is answered {@code SLOT_TAKEN}.
	 */
	void write(List<Pending> batch) {
		try {
			Outcome outcome = this.transactions.execute(status -> decideAndWrite(batch));
			Objects.requireNonNull(outcome);
			outcome.accepted().forEach(booking -> booking.done().complete(booking.booked()));
			outcome.refused().forEach((booking, refusal) -> booking.done().completeExceptionally(refusal));
		}
		catch (RuntimeException failed) {
			if (batch.size() > 1) {
				log.debug("A batch of {} bookings failed, writing each alone: {}", batch.size(), failed.toString());
				batch.forEach(booking -> write(List.of(booking)));
			}
			else {
				batch.get(0)
					.done()
					.completeExceptionally(
							failed instanceof DuplicateKeyException ? AppointmentBook.slotTaken() : failed);
			}
		}
		catch (Error fatal) {
			batch.forEach(booking -> booking.done().completeExceptionally(fatal));
			throw fatal;
		}
	}

	/**
	 * What the database holds for a booking: who its slot is held for, whether its member
	 * waits for the day, and the starts of the clinician's appointments it would overlap.
	 */
	private record Seen(@Nullable UUID holder, boolean waiting, List<Instant> overlapping) {
	}

	/**
	 * Decides the bookings in order and writes the accepted ones, in the current
	 * transaction.
	 */
	private Outcome decideAndWrite(List<Pending> batch) {
		Map<UUID, Integer> buffers = lockClinicians(batch);
		Map<Pending, RuntimeException> refused = new HashMap<>();
		List<Pending> known = new ArrayList<>(batch.size());
		for (Pending booking : batch) {
			if (buffers.containsKey(booking.doctorId())) {
				known.add(booking);
			}
			else {
				refused.put(booking, DomainException.notFound("The clinician"));
			}
		}
		List<Seen> seen = read(known, buffers);
		List<Pending> accepted = new ArrayList<>(known.size());
		for (int i = 0; i < known.size(); i++) {
			Pending booking = known.get(i);
			Instant start = booking.appointment().getStartsAt();
			Window window = Window.of(booking, buffers);
			List<Instant> taken = new ArrayList<>(seen.get(i).overlapping());
			for (Pending earlier : accepted) {
				Appointment other = earlier.appointment();
				if (earlier.doctorId().equals(booking.doctorId())
						&& new Slot(other.getStartsAt(), other.getEndsAt()).overlaps(window.from(), window.to())) {
					taken.add(other.getStartsAt());
				}
			}
			UUID holder = seen.get(i).holder();
			if (taken.contains(start)) {
				refused.put(booking, AppointmentBook.slotTaken());
				this.lately.put(new SlotKey(booking.doctorId(), start), true);
			}
			else if (!taken.isEmpty()) {
				refused.put(booking, AppointmentBook.overlapsAppointment());
			}
			else if (holder != null && !holder.equals(booking.patientId())) {
				refused.put(booking, AppointmentBook.slotHeld());
			}
			else {
				accepted.add(booking);
				this.lately.put(new SlotKey(booking.doctorId(), start), true);
				if (holder != null) {
					this.holds.release(booking.doctorId(), start);
				}
				if (seen.get(i).waiting()) {
					this.waitlist.leave(booking.doctorId(), booking.patientId(), start);
				}
			}
		}
		insert(accepted);
		List<Mailer.Letter> confirmations = new ArrayList<>(accepted.size());
		for (Pending booking : accepted) {
			this.caches.bookingsChanged(booking.doctorId());
			this.patients.booked(booking.account(), booking.doctorId());
			confirmations.add(booking.confirmation().get());
		}
		this.mailer.sendAll(confirmations);
		accepted.forEach(booking -> this.events.publishEvent(booking.booked()));
		return new Outcome(accepted, refused);
	}

	/**
	 * Locks the clinicians' rows, in id order so that two batches never wait for each
	 * other crosswise.
	 * @return the buffer of each clinician found
	 */
	private Map<UUID, Integer> lockClinicians(List<Pending> batch) {
		List<UUID> doctors = batch.stream().map(Pending::doctorId).distinct().toList();
		Map<UUID, Integer> buffers = new HashMap<>();
		this.jdbc.query("select id, buffer_minutes from scheduling_clinician where id in ("
				+ "?, ".repeat(doctors.size() - 1) + "?) order by id for update", rs -> {
					buffers.put(rs.getObject(1, UUID.class), rs.getInt(2));
				}, doctors.toArray());
		return buffers;
	}

	/** What a booking needs free: its slot and the clinician's buffer around it. */
	private record Window(Instant from, Instant to) {

		static Window of(Pending booking, Map<UUID, Integer> buffers) {
			Duration buffer = Duration.ofMinutes(buffers.get(booking.doctorId()));
			return new Window(booking.appointment().getStartsAt().minus(buffer),
					booking.appointment().getEndsAt().plus(buffer));
		}

	}

	/**
	 * Reads, in one round trip, what the database holds for each booking. Only
	 * appointments starting less than the longest appointment before the window are read,
	 * so the (doctor, active start) index bounds each scan.
	 */
	private List<Seen> read(List<Pending> known, Map<UUID, Integer> buffers) {
		if (known.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder();
		List<Object> args = new ArrayList<>(known.size() * 10);
		Timestamp now = Timestamp.from(known.get(0).appointment().getCreatedAt());
		for (int i = 0; i < known.size(); i++) {
			Pending booking = known.get(i);
			Window window = Window.of(booking, buffers);
			sql.append(i == 0 ? "" : " union all ").append(STANDING_AND_OVERLAPS.formatted(i));
			args.addAll(List.of(booking.doctorId(), Timestamp.from(booking.appointment().getStartsAt()), now,
					booking.doctorId(), booking.patientId(), Date.valueOf(day(booking)), booking.doctorId(),
					Timestamp.from(window.from().minus(AppointmentBook.LONGEST_APPOINTMENT)),
					Timestamp.from(window.to()), Timestamp.from(window.from())));
		}
		@Nullable UUID[] holders = new UUID[known.size()];
		boolean[] waiting = new boolean[known.size()];
		List<List<Instant>> overlapping = new ArrayList<>(known.size());
		known.forEach(booking -> overlapping.add(new ArrayList<>()));
		this.jdbc.query(sql.toString(), rs -> {
			int i = rs.getInt(1);
			Timestamp overlap = rs.getTimestamp(2);
			if (overlap != null) {
				overlapping.get(i).add(overlap.toInstant());
			}
			else {
				holders[i] = rs.getObject(3, UUID.class);
				waiting[i] = rs.getLong(4) > 0;
			}
		}, args.toArray());
		List<Seen> seen = new ArrayList<>(known.size());
		for (int i = 0; i < known.size(); i++) {
			seen.add(new Seen(holders[i], waiting[i], overlapping.get(i)));
		}
		return seen;
	}

	/** The appointments and their first history entries, one statement each. */
	private void insert(List<Pending> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		List<Object[]> appointments = new ArrayList<>(accepted.size());
		List<Object[]> history = new ArrayList<>(accepted.size());
		for (Pending booking : accepted) {
			Appointment appointment = booking.appointment();
			Timestamp start = Timestamp.from(appointment.getStartsAt());
			Timestamp created = Timestamp.from(appointment.getCreatedAt());
			appointments.add(new Object[] { appointment.getId(), appointment.getDoctorId(), appointment.getPatientId(),
					start, Timestamp.from(appointment.getEndsAt()), start, appointment.getStatus().name(),
					new SqlParameterValue(Types.VARCHAR, appointment.getReason()), created, 0 });
			history.add(new Object[] { UUID.randomUUID(), appointment.getId(), appointment.getStatus().name(), start,
					booking.actor(), created, new SqlParameterValue(Types.VARCHAR, null) });
		}
		this.rows.rows("scheduling_appointment",
				"id, doctor_id, patient_id, starts_at, ends_at, active_starts_at, status, reason, created_at, version",
				appointments);
		this.rows.rows("scheduling_appointment_change",
				"id, appointment_id, status, starts_at, changed_by, changed_at, note", history);
	}

	/**
	 * The booking's day in the clinician's time zone: the day its member may wait for.
	 */
	private LocalDate day(Pending booking) {
		Schedule schedule = this.clinicians.schedule(booking.doctorId());
		return booking.appointment()
			.getStartsAt()
			.atZone(schedule != null ? schedule.zone() : ZoneOffset.UTC)
			.toLocalDate();
	}

	/** Stops taking bookings, writes those still waiting, and stops the writers. */
	@Override
	public void destroy() throws InterruptedException {
		this.closed = true;
		for (Thread writer : this.writers) {
			writer.join(10_000);
		}
		Pending left;
		while ((left = this.waiting.poll()) != null) {
			left.done()
				.completeExceptionally(
						new DataAccessResourceFailureException("Bookings are closed: the application is stopping"));
		}
	}

}
