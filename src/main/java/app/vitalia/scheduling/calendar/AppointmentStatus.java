package app.vitalia.scheduling.calendar;

public enum AppointmentStatus {

	BOOKED, CANCELLED, COMPLETED, NO_SHOW

}
