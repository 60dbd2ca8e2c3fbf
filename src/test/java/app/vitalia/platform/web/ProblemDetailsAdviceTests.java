package app.vitalia.platform.web;

import java.io.IOException;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Problems;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the advice renders failures that need no database: unexpected exceptions, integrity
 * violations and domain errors.
 */
@ExtendWith(OutputCaptureExtension.class)
@WebMvcTest(controllers = ProblemDetailsAdviceTests.FailingController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ ProblemDetailsAdviceTests.FailingController.class, Problems.class })
class ProblemDetailsAdviceTests {

	@Autowired
	MockMvcTester mvc;

	@RestController
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("secret internal detail: connection string jdbc:postgresql://db");
		}

		@GetMapping("/integrity")
		String integrity() {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint \"x_uk\"",
					new java.sql.SQLException("duplicate key value violates unique constraint \"x_uk\"", "23505"));
		}

		@GetMapping("/unstorable")
		String unstorable() {
			throw new DataIntegrityViolationException("invalid byte sequence for encoding \"UTF8\": 0x00",
					new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
		}

		@GetMapping("/concurrent")
		String concurrent() {
			throw new ObjectOptimisticLockingFailureException("scheduling_appointment", "row was updated by another");
		}

		@GetMapping("/hung-up")
		String hungUp() throws ClientAbortException {
			throw new ClientAbortException(new IOException("Broken pipe"));
		}

		@GetMapping("/gone")
		String gone() {
			throw new DomainException(DomainException.Kind.GONE, "LINK_EXPIRED", "The link has expired");
		}

	}

	@Test
	void unexpectedFailuresAreA500WithoutInternals() throws Exception {
		var result = this.mvc.get().uri("/boom").exchange();
		assertThat(result).hasStatus(500).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INTERNAL_ERROR");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "jdbc", "IllegalState");
	}

	@Test
	void aClientThatHungUpIsNeitherAnsweredNorLoggedAsAFailure(CapturedOutput output) throws Exception {
		var result = this.mvc.get().uri("/hung-up").exchange();
		assertThat(result.getResponse().getContentAsString()).isEmpty();
		assertThat(output).doesNotContain("Unexpected failure", "Broken pipe");
	}

	@Test
	void integrityViolationsAreConflictsWithoutSql() throws Exception {
		var result = this.mvc.get().uri("/integrity").exchange();
		assertThat(result).hasStatus(409);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("duplicate key", "x_uk");
	}

	@Test
	void valuesTheDatabaseRefusesAreValidationProblemsNotConflicts() throws Exception {
		var result = this.mvc.get().uri("/unstorable").exchange();
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("UTF8", "0x00");
	}

	@Test
	void concurrentChangesAreConflicts() throws Exception {
		var result = this.mvc.get().uri("/concurrent").exchange();
		assertThat(result).hasStatus(409).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("CONCURRENT_CHANGE");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("scheduling_appointment");
	}

	@Test
	void domainErrorsKeepTheirKindAndCode() {
		var result = this.mvc.get().uri("/gone").exchange();
		assertThat(result).hasStatus(410);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://vitalia.app/problems/link-expired");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The link has expired");
	}

}
