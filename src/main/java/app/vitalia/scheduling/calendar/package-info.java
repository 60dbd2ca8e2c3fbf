/**
 * Reading appointments: lists and pages across clinicians and members, the busy times of
 * a clinician, iCalendar files and the private calendar-feed tokens, with the values they
 * share (slots, statuses, pages).
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.calendar;
