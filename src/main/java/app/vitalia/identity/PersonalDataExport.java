package app.vitalia.identity;

import java.time.Clock;
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

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Map<String, Object> of(UUID accountId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("format", FORMAT);
		export.put("exportedAt", this.clock.instant());
		for (PersonalData part : this.parts) {
			export.put(part.part(), part.of(accountId));
		}
		return export;
	}

}
