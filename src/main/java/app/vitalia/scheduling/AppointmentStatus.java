package app.vitalia.scheduling;

enum AppointmentStatus {

	BOOKED, CANCELLED, COMPLETED, NO_SHOW

}
