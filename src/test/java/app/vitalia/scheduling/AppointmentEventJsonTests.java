package app.vitalia.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.identity.AccountId;
import app.vitalia.members.MemberId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed ids keep the events' JSON as it was: publications of the registry written before
 * them still read, and listeners see the same fields.
 */
class AppointmentEventJsonTests {

	final JsonMapper json = JsonMapper.builder().build();

	final UUID appointment = UUID.randomUUID();

	final UUID clinician = UUID.randomUUID();

	final UUID member = UUID.randomUUID();

	final Instant startsAt = Instant.parse("2026-11-30T09:00:00Z");

	@Test
	void idsAreWrittenAsBareUuidsUnderTheirFormerNames() {
		AppointmentBooked booked = new AppointmentBooked(AppointmentId.of(this.appointment),
				ClinicianId.of(this.clinician), MemberId.of(this.member), this.startsAt,
				this.startsAt.plusSeconds(1800));
		JsonNode tree = this.json.valueToTree(booked);
		assertThat(tree.get("appointmentId").asString()).isEqualTo(this.appointment.toString());
		assertThat(tree.get("doctorId").asString()).isEqualTo(this.clinician.toString());
		assertThat(tree.get("patientId").asString()).isEqualTo(this.member.toString());
		assertThat(this.json.readValue(this.json.writeValueAsString(booked), AppointmentBooked.class))
			.isEqualTo(booked);
	}

	@Test
	void aPublicationWrittenBeforeTypedIdsStillReads() {
		UUID admin = UUID.randomUUID();
		String stored = """
				{"appointmentId":"%s","doctorId":"%s","patientId":"%s","startsAt":"2026-11-30T09:00:00Z",
				"endsAt":"2026-11-30T09:30:00Z","cancelledBy":"%s"}""".formatted(this.appointment, this.clinician,
				this.member, admin);
		AppointmentCancelled cancelled = this.json.readValue(stored, AppointmentCancelled.class);
		assertThat(cancelled)
			.isEqualTo(new AppointmentCancelled(AppointmentId.of(this.appointment), ClinicianId.of(this.clinician),
					MemberId.of(this.member), this.startsAt, this.startsAt.plusSeconds(1800), AccountId.of(admin)));
	}

}
