package app.vitalia.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings ({@code vitalia.scheduling.*}).
 *
 * @param reminderLead how long before an appointment its reminder goes out
 * @param cancellationWindow members cannot cancel or reschedule later than this before
 * the start (clinicians and admins can)
 * @param waitlistHold how long a freed slot is held for the first member on the waitlist
 * @param maxSlotRangeDays the widest date range one slot query may ask for
 */
@ConfigurationProperties("vitalia.scheduling")
public record SchedulingProperties(@DefaultValue("24h") Duration reminderLead,
		@DefaultValue("24h") Duration cancellationWindow, @DefaultValue("15m") Duration waitlistHold,
		@DefaultValue("31") int maxSlotRangeDays) {
}
