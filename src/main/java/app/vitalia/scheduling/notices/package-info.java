/**
 * What scheduling tells people: booking, change and reminder emails, and waitlist offers.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.notices;
