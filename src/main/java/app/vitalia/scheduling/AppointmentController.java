package app.vitalia.scheduling;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Idempotent;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.platform.SupportedDates;
import app.vitalia.scheduling.appointments.AppointmentChangeRepository;
import app.vitalia.scheduling.calendar.AppointmentQueries;
import app.vitalia.scheduling.calendar.AppointmentStatus;
import app.vitalia.scheduling.calendar.Ics;
import app.vitalia.scheduling.calendar.PageOf;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments: booking, the lists (a member's own, a clinician's agenda, everything for
 * admins), status changes with their history, and single-event calendar files.
 */
@Tag(name = "Appointments", description = "Booking, lists, status changes and calendar files")
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

	/**
	 * A booking request. {@code patientId} lets an admin book for a member; everyone else
	 * books for themselves and leaves it out.
	 */
	record Booking(@NotNull UUID doctorId, @NotNull OffsetDateTime startsAt, @Nullable @Size(max = 500) String reason,
			@Schema(description = "Admins only: the account id of the member to book for; "
					+ "defaults to the signed-in user") @Nullable UUID patientId) {
	}

	record Rescheduling(@NotNull OffsetDateTime startsAt) {
	}

	record Cancellation(@Nullable @Size(max = 500) String reason) {
	}

	record Booked(UUID id, UUID doctorId, UUID patientId, Instant startsAt, Instant endsAt, AppointmentStatus status,
			String reason) {
	}

	record Change(String status, Instant startsAt, UUID changedBy, Instant changedAt, String note) {
	}

	record Details(UUID id, UUID doctorId, String doctorName, UUID patientId, String patientName, Instant startsAt,
			Instant endsAt, AppointmentStatus status, String reason, List<Change> history) {
	}

	private final AppointmentBook book;

	private final AppointmentQueries queries;

	private final AppointmentChangeRepository changes;

	private final Clock clock;

	private final SchedulingProperties properties;

	AppointmentController(AppointmentBook book, AppointmentQueries queries, AppointmentChangeRepository changes,
			Clock clock, SchedulingProperties properties) {
		this.properties = properties;
		this.book = book;
		this.queries = queries;
		this.changes = changes;
		this.clock = clock;
	}

	@Operation(summary = "Book a slot (admins may book for a member)")
	@PostMapping
	@Idempotent
	ResponseEntity<Booked> book(CurrentUser user, @Valid @RequestBody Booking booking) {
		AppointmentBooked booked = this.book.book(user,
				MemberId.of(booking.patientId() != null ? booking.patientId() : user.id()),
				ClinicianId.of(booking.doctorId()), booking.startsAt().toInstant(), booking.reason());
		return ResponseEntity.created(URI.create("/api/appointments/" + booked.appointmentId().id()))
			.body(new Booked(booked.appointmentId().id(), booked.clinicianId().id(), booked.memberId().id(),
					booked.startsAt(), booked.endsAt(), AppointmentStatus.BOOKED, booking.reason()));
	}

	@Operation(summary = "Appointments: a member's own, a clinician's agenda, or all for admins")
	@GetMapping
	PageOf<AppointmentQueries.Listed> list(CurrentUser user,
			@RequestParam(required = false) @Size(max = 40) String from,
			@RequestParam(required = false) @Size(max = 40) String to,
			@RequestParam(required = false) AppointmentStatus status, @RequestParam(required = false) UUID doctorId,
			@Parameter(
					description = "startsAt, doctorName, patientName or status; a leading - sorts descending") @RequestParam(
							defaultValue = "startsAt") @Size(max = 20) String sort,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		boolean descending = sort.startsWith("-");
		AppointmentQueries.Sort order = AppointmentQueries.Sort.of(descending ? sort.substring(1) : sort);
		if (order == null) {
			throw DomainException.invalid("sort", "INVALID_SORT",
					"must be startsAt, doctorName, patientName or status, optionally preceded by -");
		}
		return this.queries.page(AppointmentQueries.Filter.seenBy(user, doctorId,
				SupportedDates.parseInstant("from", from), SupportedDates.parseInstant("to", to), status), order,
				descending, page, size);
	}

	/** Members cannot cancel or move an appointment this close to its start. */
	record Policy(String cancellationWindow, long cancellationWindowMinutes) {
	}

	@Operation(summary = "Booking rules members must know before booking: the cancellation window")
	@GetMapping("/policy")
	Policy policy() {
		Duration window = this.properties.cancellationWindow();
		return new Policy(window.toString(), window.toMinutes());
	}

	@Operation(summary = "One appointment with its history")
	@GetMapping("/{id}")
	Details one(CurrentUser user, @PathVariable UUID id) {
		return details(user, id);
	}

	@Operation(summary = "Status changes of one appointment: who and when")
	@GetMapping("/{id}/history")
	List<Change> history(CurrentUser user, @PathVariable UUID id) {
		this.book.visible(user, id);
		return history(id);
	}

	@Operation(summary = "Cancel an appointment")
	@PostMapping("/{id}/cancel")
	Details cancel(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable Cancellation cancellation) {
		this.book.cancel(user, AppointmentId.of(id), cancellation != null ? cancellation.reason() : null);
		return details(user, id);
	}

	@Operation(summary = "Move an appointment to another free slot")
	@PostMapping("/{id}/reschedule")
	Details reschedule(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Rescheduling rescheduling) {
		this.book.reschedule(user, AppointmentId.of(id), rescheduling.startsAt().toInstant());
		return details(user, id);
	}

	@Operation(summary = "Mark an appointment as held (clinician or admin)")
	@PostMapping("/{id}/complete")
	Details complete(CurrentUser user, @PathVariable UUID id) {
		this.book.complete(user, id);
		return details(user, id);
	}

	@Operation(summary = "Mark that the member did not come (clinician or admin)")
	@PostMapping("/{id}/no-show")
	Details noShow(CurrentUser user, @PathVariable UUID id) {
		this.book.markNoShow(user, id);
		return details(user, id);
	}

	@Operation(summary = "One appointment as an iCalendar file")
	@GetMapping("/{id}/ics")
	ResponseEntity<String> ics(CurrentUser user, @PathVariable UUID id) {
		this.book.visible(user, id);
		AppointmentQueries.Listed appointment = this.queries.find(id);
		boolean forClinician = appointment.doctorId().equals(user.id());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"appointment-" + id + ".ics\"")
			.body(Ics.calendar("Vitalia", List.of(appointment), forClinician, this.clock.instant()));
	}

	private Details details(CurrentUser user, UUID id) {
		this.book.visible(user, id);
		AppointmentQueries.Listed a = this.queries.find(id);
		return new Details(a.id(), a.doctorId(), a.doctorName(), a.patientId(), a.patientName(), a.startsAt(),
				a.endsAt(), a.status(), a.reason(), history(id));
	}

	private List<Change> history(UUID id) {
		return this.changes.findByAppointmentIdOrderByChangedAtAscIdAsc(id)
			.stream()
			.map(change -> new Change(change.getStatus().name(), change.getStartsAt(), change.getChangedBy(),
					change.getChangedAt(), change.getNote()))
			.toList();
	}

}
