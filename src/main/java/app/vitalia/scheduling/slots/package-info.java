/**
 * Bookable time: a clinician's weekly availability and date exceptions turned into slots,
 * the times already booked or held for the waitlist, and the caches they are read from.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.slots;
