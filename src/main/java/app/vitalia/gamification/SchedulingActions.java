package app.vitalia.gamification;

import java.util.Map;

import app.vitalia.gamification.rules.Trigger;
import app.vitalia.scheduling.AppointmentCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Scheduling's events: an appointment the clinician marked as done counts for the
 * patient.
 */
@Component
class SchedulingActions {

	private final ActionRecorder recorder;

	SchedulingActions(ActionRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(AppointmentCompleted completed) {
		this.recorder.record("appointment-completed:" + completed.appointmentId(), completed.memberId().id(),
				Trigger.APPOINTMENT_COMPLETED, completed.completedAt(), Map.of("appointmentId",
						completed.appointmentId().toString(), "clinicianId", completed.clinicianId().toString()));
	}

}
