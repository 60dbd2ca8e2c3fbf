/**
 * Stored appointments and the history of their changes.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.appointments;
