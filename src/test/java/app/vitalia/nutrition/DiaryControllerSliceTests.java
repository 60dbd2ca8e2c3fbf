package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The diary's web layer alone: how requests are validated and how the diary's failures
 * reach the client, with the diary behind it replaced. A refused request never reaches
 * the diary.
 */
@WebMvcTest(controllers = DiaryController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Problems.class)
class DiaryControllerSliceTests {

	static final UUID MEMBER = UUID.randomUUID();

	static final String FOOD = UUID.randomUUID().toString();

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	FoodDiary diary;

	@MockitoBean
	DiaryReports reports;

	@MockitoBean
	DiaryExport export;

	@Test
	void aBodyThatIsNotJsonIsAMalformedRequest() {
		signedInAsAMember();
		MvcTestResult result = log("{\"date\": \"2026-11-29\", ");
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_REQUEST");
		verifyNoInteractions(this.diary);
	}

	@Test
	void missingAndOutOfRangeFieldsAreNamedOneByOne() {
		signedInAsAMember();
		MvcTestResult result = log("{\"meal\": \"LUNCH\", \"foodId\": \"" + FOOD + "\", \"grams\": -5}");
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("date", "grams");
		verifyNoInteractions(this.diary);
	}

	@Test
	void aValueOfTheWrongFormatNamesItsField() {
		signedInAsAMember();
		MvcTestResult result = log(
				"{\"date\": \"29/11/2026\", \"meal\": \"LUNCH\", \"foodId\": \"" + FOOD + "\", \"grams\": 100}");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
		assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo("INVALID_FORMAT");
	}

	@Test
	void anUnknownMealIsRefusedWithTheField() {
		signedInAsAMember();
		MvcTestResult result = log(
				"{\"date\": \"2026-11-29\", \"meal\": \"BRUNCH\", \"foodId\": \"" + FOOD + "\", \"grams\": 100}");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("meal");
		verifyNoInteractions(this.diary);
	}

	@Test
	void anEntryTheMemberDoesNotOwnIsNotFound() {
		signedInAsAMember();
		UUID entry = UUID.randomUUID();
		given(this.diary.change(eq(MEMBER), eq(entry), any(), any(), any(), any(), any()))
			.willThrow(DomainException.notFound("The entry"));
		MvcTestResult result = this.mvc.patch()
			.uri("/api/diary/entries/{id}", entry)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grams\": 80}")
			.exchange();
		assertThat(result).hasStatus(404).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
	}

	@Test
	void aPathIdThatIsNotAUuidIsAValidationProblem() {
		signedInAsAMember();
		MvcTestResult result = this.mvc.delete().uri("/api/diary/entries/not-a-uuid").exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
		verifyNoInteractions(this.diary);
	}

	@Test
	void withoutAnAccessTokenTheDiaryAsksToSignIn() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/diary/entries")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-11-29\", \"meal\": \"LUNCH\", \"foodId\": \"" + FOOD + "\", \"grams\": 100}")
			.exchange();
		assertThat(result).hasStatus(401).hasContentType("application/problem+json");
		verifyNoInteractions(this.diary);
	}

	private MvcTestResult log(String body) {
		return this.mvc.post()
			.uri("/api/diary/entries")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/**
	 * Signed in as a member, as the access-token filter leaves it (the slice runs without
	 * the filters, on the test's thread).
	 */
	private static void signedInAsAMember() {
		Jwt jwt = Jwt.withTokenValue("token").header("alg", "HS256").subject(MEMBER.toString()).build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

}
