package app.vitalia.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.support.HttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in the shared application context: a module-test context of its own would run one
 * more JobRunr server on the shared database, one without the scheduling jobs' beans.
 */
@RecordApplicationEvents
class AccountRenamedTests extends HttpTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountSettings settings;

	@Test
	void aRenameIsPublishedOnlyWhenTheNameChanges(ApplicationEvents events) {
		UUID id = this.accounts
			.createClinician("renamed-" + UUID.randomUUID() + "@example.com", "correct horse battery staple",
					"Dr. Before", "en")
			.id();

		this.settings.change(id, "Dr. Before", "es");
		this.settings.change(id, " Dr. After ", null);
		this.settings.change(id, null, "en");

		assertThat(events.stream(AccountRenamed.class).filter(renamed -> renamed.accountId().equals(AccountId.of(id))))
			.singleElement()
			.extracting(AccountRenamed::displayName)
			.isEqualTo("Dr. After");
		assertThat(events.stream(AccountLanguageChanged.class)
			.filter(changed -> changed.accountId().equals(AccountId.of(id)))
			.map(AccountLanguageChanged::locale)).containsExactly("es", "en");
	}

}
