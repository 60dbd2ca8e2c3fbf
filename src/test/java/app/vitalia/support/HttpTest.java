package app.vitalia.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of HTTP integration tests: the whole application on a random port and an
 * {@link Api} client for it. Subclasses without their own properties share one
 * application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class HttpTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

}
