package app.vitalia.scheduling;

import app.vitalia.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same race on the embedded H2 database, whose unique constraint must hold too; in
 * the embedded mode's configuration (no Redis either), so it shares
 * {@code EmbeddedModeTests}' context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vitalia.test.database=h2", "vitalia.test.redis=false" })
class DoubleBookingRaceOnH2Tests {

	@LocalServerPort
	int port;

	@Test
	void exactlyOneOf64ConcurrentBookingsWins() throws Exception {
		DoubleBookingRaceTests.race(new Api(this.port), this.port);
	}

	@Test
	void exactlyOneOfConcurrentBookingsOfOverlappingStartsWins() throws Exception {
		DoubleBookingRaceTests.raceOverlapping(new Api(this.port), this.port);
	}

}
