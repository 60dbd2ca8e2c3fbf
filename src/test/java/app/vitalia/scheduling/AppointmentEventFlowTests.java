package app.vitalia.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountRenamed;
import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.identity.bulk.AccountImports;
import app.vitalia.identity.bulk.ImportedAccount;
import app.vitalia.members.MemberId;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.slots.Schedule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling module's event flows, with the module and its direct dependencies only:
 * a booking publishes {@link AppointmentBooked}; a cancellation and a reschedule publish
 * their events, whose listeners send the member the email after commit; identity's
 * {@link AccountRenamed} renames the patient in every clinician's list.
 */
// no JobRunr server here: it would compete for the jobs of the full application contexts
// on
// the shared test database without having their beans
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class AppointmentEventFlowTests {

	static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), Set.of(Role.ADMIN));

	@Autowired
	AppointmentBook book;

	@Autowired
	Clinicians clinicians;

	@Autowired
	AccountImports accounts;

	@Autowired
	JdbcTemplate jdbc;

	ClinicianId clinician;

	String clinicianName;

	CurrentUser member;

	String memberEmail;

	/**
	 * In three days at 10:00 UTC: inside the clinician's hours, and still open to changes
	 * online.
	 */
	Instant slot = LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC);

	@BeforeEach
	void clinicianOpenEveryDayAndAMember() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.clinicianName = "Dr. Flow " + tag;
		UUID doctor = this.clinicians
			.create(new Clinicians.NewClinician("flow-" + tag + "@example.com", null, this.clinicianName, List.of(),
					"UTC", 30, "en"))
			.id();
		List<Schedule.Window> everyDay = Arrays.stream(DayOfWeek.values())
			.map(day -> new Schedule.Window(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
			.toList();
		this.clinicians.replaceAvailability(ADMIN, doctor,
				new Clinicians.Availability("UTC", 30, 0, 0, 30, everyDay, List.of()));
		this.clinician = ClinicianId.of(doctor);
		UUID id = UUID.randomUUID();
		this.memberEmail = "member-" + tag + "@example.com";
		this.accounts.importAccounts(
				List.of(new ImportedAccount(id, this.memberEmail, "Rosa " + tag, "en", Set.of(Role.MEMBER))),
				"correct horse battery staple");
		this.member = new CurrentUser(id, Set.of(Role.MEMBER));
	}

	@Test
	void aBookingPublishesAppointmentBookedWithTheTypedIds(Scenario scenario) {
		scenario.stimulate(() -> this.book.book(this.member, this.clinician, this.slot, "check-up"))
			.andWaitForEventOfType(AppointmentBooked.class)
			.matchingMappedValue(AppointmentBooked::memberId, MemberId.of(this.member.id()))
			.toArriveAndVerify((event, returned) -> {
				assertThat(event).isEqualTo(returned);
				assertThat(event.clinicianId()).isEqualTo(this.clinician);
				assertThat(event.startsAt()).isEqualTo(this.slot);
				assertThat(event.endsAt()).isEqualTo(this.slot.plus(Duration.ofMinutes(30)));
			});
	}

	@Test
	void aCancellationIsPublishedAndTheMemberIsToldAfterCommit(Scenario scenario) {
		AppointmentBooked booked = this.book.book(this.member, this.clinician, this.slot, null);
		scenario.stimulate(() -> this.book.cancel(this.member, booked.appointmentId(), "travelling"))
			.andWaitForStateChange(() -> mails("Appointment with " + this.clinicianName + " cancelled"),
					count -> count > 0)
			.andVerifyEvents(events -> assertThat(events.ofType(AppointmentCancelled.class)
				.matching(AppointmentCancelled::appointmentId, booked.appointmentId()::equals)).singleElement()
				.satisfies(cancelled -> {
					assertThat(cancelled.memberId()).isEqualTo(MemberId.of(this.member.id()));
					assertThat(cancelled.cancelledBy()).isEqualTo(AccountId.of(this.member.id()));
					assertThat(cancelled.startsAt()).isEqualTo(this.slot);
				}));
		assertThat(mails("Appointment with " + this.clinicianName + " cancelled")).isEqualTo(1);
	}

	@Test
	void aRescheduleIsPublishedAndTheMemberIsToldAfterCommit(Scenario scenario) {
		AppointmentBooked booked = this.book.book(this.member, this.clinician, this.slot, null);
		Instant later = this.slot.plus(Duration.ofHours(2));
		scenario.stimulate(() -> this.book.reschedule(this.member, booked.appointmentId(), later))
			.andWaitForStateChange(() -> mails("Appointment with " + this.clinicianName + " rescheduled"),
					count -> count > 0)
			.andVerifyEvents(events -> assertThat(events.ofType(AppointmentRescheduled.class)
				.matching(AppointmentRescheduled::appointmentId, booked.appointmentId()::equals)).singleElement()
				.satisfies(moved -> {
					assertThat(moved.previousStartsAt()).isEqualTo(this.slot);
					assertThat(moved.startsAt()).isEqualTo(later);
					assertThat(moved.rescheduledBy()).isEqualTo(AccountId.of(this.member.id()));
				}));
	}

	@Test
	void aRenamedAccountIsRenamedInThePatientLists(Scenario scenario) {
		this.book.book(this.member, this.clinician, this.slot, null);
		// identity's rename, as its settings endpoint does it: the new name and the event
		// in one
		// transaction
		scenario.stimulate((TransactionOperations transactions, ApplicationEventPublisher events) -> transactions
			.executeWithoutResult(status -> {
				this.jdbc.update("update identity_account set display_name = ? where id = ?", "Rosa Martínez",
						this.member.id());
				events.publishEvent(new AccountRenamed(AccountId.of(this.member.id()), "Rosa Martínez"));
			}))
			.andWaitForStateChange(
					() -> this.jdbc.queryForObject("select display_name from scheduling_patient where id = ?",
							String.class, this.member.id()),
					"Rosa Martínez"::equals)
			.andVerify(name -> assertThat(this.jdbc.queryForObject(
					"select display_name from scheduling_care_relation where patient_id = ? and doctor_id = ?",
					String.class, this.member.id(), this.clinician.id()))
				.isEqualTo("Rosa Martínez"));
	}

	private int mails(String subject) {
		return this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ? and subject = ?",
				Integer.class, this.memberEmail, subject);
	}

}
