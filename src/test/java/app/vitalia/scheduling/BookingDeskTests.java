package app.vitalia.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.identity.Role;
import app.vitalia.identity.bulk.AccountImports;
import app.vitalia.identity.bulk.ImportedAccount;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Mailer;
import app.vitalia.scheduling.appointments.Appointment;
import app.vitalia.scheduling.calendar.Slot;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.slots.Schedule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking desk decides a batch the way one booking after another would be decided,
 * and a batch the database refuses does not take its other bookings down with it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class BookingDeskTests {

	@Autowired
	BookingDesk desk;

	@Autowired
	AppointmentBook book;

	@Autowired
	Clinicians clinicians;

	@Autowired
	AccountImports imports;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	UUID doctor;

	String tag;

	/** In three days, in the clinician's hours. */
	LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);

	@BeforeEach
	void clinicianWithABufferOpenEveryDay() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.doctor = this.clinicians
			.create(new Clinicians.NewClinician("desk-" + this.tag + "@example.com", null, "Dr. Desk " + this.tag,
					List.of(), "UTC", 30, "en"))
			.id();
		List<Schedule.Window> everyDay = Arrays.stream(DayOfWeek.values())
			.map(day -> new Schedule.Window(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
			.toList();
		this.clinicians.replaceAvailability(AppointmentEventFlowTests.ADMIN, this.doctor,
				new Clinicians.Availability("UTC", 30, 15, 0, 30, everyDay, List.of()));
	}

	@Test
	void aBatchIsDecidedInOrderAsIfItsBookingsCameOneAfterAnother() throws Exception {
		BookingDesk.Pending first = pending(member("first"), this.doctor, "10:00", null);
		BookingDesk.Pending sameSlot = pending(member("same"), this.doctor, "10:00", null);
		BookingDesk.Pending inTheBuffer = pending(member("buffer"), this.doctor, "10:30", null);
		BookingDesk.Pending later = pending(member("later"), this.doctor, "11:00", null);
		BookingDesk.Pending unknownClinician = pending(member("nobody"), UUID.randomUUID(), "10:00", null);

		this.desk.write(List.of(first, sameSlot, inTheBuffer, later, unknownClinician));

		assertThat(first.done().get().startsAt()).isEqualTo(at("10:00"));
		assertThat(later.done().get().startsAt()).isEqualTo(at("11:00"));
		assertThat(refusal(sameSlot)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "SLOT_TAKEN");
		assertThat(refusal(inTheBuffer)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "OVERLAPS_APPOINTMENT");
		assertThat(refusal(unknownClinician)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("kind", DomainException.Kind.NOT_FOUND);
		assertThat(this.jdbc.queryForList(
				"select a.starts_at from scheduling_appointment a join scheduling_appointment_change c "
						+ "on c.appointment_id = a.id where a.doctor_id = ? order by a.starts_at",
				Instant.class, this.doctor))
			.containsExactly(at("10:00"), at("11:00"));
		assertThat(confirmations()).isEqualTo(2);
	}

	@Test
	void aBookingTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsWritten() throws Exception {
		BookingDesk.Pending before = pending(member("before"), this.doctor, "09:00", null);
		// longer than the column: only the database notices (the API refuses it earlier)
		BookingDesk.Pending refused = pending(member("refused"), this.doctor, "12:00", "x".repeat(501));
		BookingDesk.Pending after = pending(member("after"), this.doctor, "15:00", null);

		this.desk.write(List.of(before, refused, after));

		assertThat(before.done().get().startsAt()).isEqualTo(at("09:00"));
		assertThat(after.done().get().startsAt()).isEqualTo(at("15:00"));
		assertThat(refusal(refused)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForList(
				"select starts_at from scheduling_appointment where doctor_id = ? order by starts_at", Instant.class,
				this.doctor))
			.containsExactly(at("09:00"), at("15:00"));
		assertThat(confirmations()).isEqualTo(2);
	}

	@Test
	void aSlotFreedByACancellationOrAMoveIsNoLongerHintedAsBooked() throws Exception {
		BookingDesk.Pending cancelled = pending(member("cancelled"), this.doctor, "09:00", null);
		BookingDesk.Pending moved = pending(member("moved"), this.doctor, "10:00", null);
		this.desk.write(List.of(cancelled, moved));
		assertThat(this.desk.latelyBooked(this.doctor, at("09:00"))).isTrue();
		assertThat(this.desk.latelyBooked(this.doctor, at("10:00"))).isTrue();

		this.book.cancel(AppointmentEventFlowTests.ADMIN, cancelled.done().get().appointmentId(), null);
		this.book.reschedule(AppointmentEventFlowTests.ADMIN, moved.done().get().appointmentId(), at("14:00"));

		assertThat(this.desk.latelyBooked(this.doctor, at("09:00"))).isFalse();
		assertThat(this.desk.latelyBooked(this.doctor, at("10:00"))).isFalse();
		// the freed slots are bookable again at once
		BookingDesk.Pending again = pending(member("again"), this.doctor, "09:00", null);
		this.desk.write(List.of(again));
		assertThat(again.done().get().startsAt()).isEqualTo(at("09:00"));
	}

	private static Throwable refusal(BookingDesk.Pending booking) {
		CompletableFuture<AppointmentBooked> done = booking.done();
		assertThat(done).isCompletedExceptionally();
		try {
			done.get();
			throw new AssertionError("not refused");
		}
		catch (ExecutionException refused) {
			return refused.getCause();
		}
		catch (InterruptedException interrupted) {
			throw new AssertionError(interrupted);
		}
	}

	private Instant at(String time) {
		return this.day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
	}

	private AccountSummary member(String name) {
		UUID id = UUID.randomUUID();
		this.imports.importAccounts(List.of(new ImportedAccount(id, name + "-" + this.tag + "@example.com",
				"Member " + name, "en", Set.of(Role.MEMBER))), "correct horse battery staple");
		return this.accounts.find(AccountId.of(id)).orElseThrow();
	}

	private BookingDesk.Pending pending(AccountSummary member, UUID doctorId, String time, String reason) {
		Instant start = at(time);
		return new BookingDesk.Pending(member, member.id(),
				new Appointment(doctorId, member.id(), new Slot(start, start.plusSeconds(1800)), reason, Instant.now()),
				() -> new Mailer.Letter(member.email(), "Booked " + this.tag, "See you"));
	}

	private int confirmations() {
		return this.jdbc.queryForObject("select count(*) from platform_mail_outbox where subject = ?", Integer.class,
				"Booked " + this.tag);
	}

}
