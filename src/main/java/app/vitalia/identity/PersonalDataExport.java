package app.vitalia.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's copy of everything Vitalia keeps about them, gathered from every module's
 * {@link PersonalData} part in one repeatable-read transaction, so the parts agree with
 * each other (a diary entry and the points it earned are both in it, or neither).
 */
@Component
class PersonalDataExport {

	/** Names the layout, so a reader of an old download knows which one it has. */
	static final String FORMAT = "vitalia-personal-data/1";

	private final List<PersonalData> parts;

	private final Clock clock;

	PersonalDataExport(List<PersonalData> parts, Clock clock) {
		this.parts = parts.stream()
			.sorted(Comparator.comparing((PersonalData part) -> !part.part().equals("account"))
				.thenComparing(PersonalData::part))
			.toList();
		this.clock = clock;
	}

	/** The copy and when it was made (which names its file). */
	record Copy(Instant exportedAt, Map<String, Object> body) {
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Copy of(UUID accountId) {
		Instant now = this.clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("format", FORMAT);
		body.put("exportedAt", now);
		for (PersonalData part : this.parts) {
			body.put(part.part(), part.of(accountId));
		}
		return new Copy(now, body);
	}

}
