package app.vitalia.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.calendar.AppointmentQueries;
import app.vitalia.scheduling.calendar.CalendarFeeds;
import app.vitalia.scheduling.calendar.Ics;
import app.vitalia.scheduling.directory.Clinicians;
import io.swagger.v3.oas.annotations.Parameter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Private calendar feeds: create (or replace) and revoke your feed URL; the feed itself
 * is public to whoever holds the URL and lists your appointments from yesterday on.
 */
@Tag(name = "Calendar feed", description = "A private iCalendar feed of the signed-in person's appointments")
@RestController
class CalendarFeedController {

	private final CalendarFeeds feeds;

	private final AppointmentQueries queries;

	private final Clinicians clinicians;

	CalendarFeedController(CalendarFeeds feeds, AppointmentQueries queries, Clinicians clinicians) {
		this.feeds = feeds;
		this.queries = queries;
		this.clinicians = clinicians;
	}

	@Operation(summary = "Create (or replace) the private calendar feed URL")
	@PostMapping("/api/calendar-feed")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> create(CurrentUser user, @Parameter(
			description = "Show appointment reasons (health data) in the feed; left out by default") @RequestParam(
					defaultValue = "false") boolean includeReason) {
		return Map.of("url", this.feeds.create(user.id(), includeReason));
	}

	@Operation(summary = "Revoke the calendar feed URL")
	@DeleteMapping("/api/calendar-feed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(CurrentUser user) {
		this.feeds.revoke(user.id());
	}

	@Operation(summary = "The calendar feed itself (iCalendar, no token needed beyond the URL)")
	@GetMapping("/api/calendar-feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		CalendarFeeds.Feed feed = this.feeds.find(token)
			.orElseThrow(() -> DomainException.notFound("The calendar feed"));
		UUID owner = feed.ownerId();
		boolean clinician = this.clinicians.find(owner) != null;
		Instant now = this.feeds.now();
		List<AppointmentQueries.Listed> upcoming = this.queries.upcoming(new AppointmentQueries.Filter(
				clinician ? null : owner, clinician ? owner : null, now.minus(Duration.ofDays(1)), null, null), 1000);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(Ics.calendar("Vitalia", upcoming, clinician, now, feed.includeReason()));
	}

}
