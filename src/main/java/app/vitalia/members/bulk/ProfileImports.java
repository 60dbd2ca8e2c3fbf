package app.vitalia.members.bulk;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.vitalia.platform.MultiRowInsert;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of complete member profiles, for demo and load-test data: not part of
 * members' API, only of its {@code bulk-import} named interface.
 */
@Component
public class ProfileImports {

	private final MultiRowInsert insert;

	private final Clock clock;

	ProfileImports(MultiRowInsert insert, Clock clock) {
		this.insert = insert;
		this.clock = clock;
	}

	/**
	 * Inserts complete profiles, each with its weight as the first entry of the weight
	 * history (recorded today in the member's zone), in multi-row statements. No events
	 * are published. Meant for demo and load-test data of new accounts only.
	 */
	@Transactional
	public void importProfiles(List<ImportedProfile> imported) {
		Instant now = this.clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(imported.size());
		List<Object[]> weights = new ArrayList<>(imported.size());
		for (ImportedProfile profile : imported) {
			ZoneId zone = ZoneId.of(profile.timezone());
			rows.add(new Object[] { profile.accountId(), Date.valueOf(profile.birthDate()), profile.sex().name(),
					profile.heightCm(), profile.weightKg(), profile.activityLevel().name(), profile.goal().name(),
					zone.getId(), new SqlParameterValue(Types.VARCHAR, profile.locale()), at });
			weights.add(new Object[] { UUID.randomUUID(), profile.accountId(),
					Date.valueOf(now.atZone(zone).toLocalDate()), profile.weightKg(), at });
		}
		this.insert.rows("members_profile", "account_id, birth_date, sex, height_cm, weight_kg, activity_level, goal, "
				+ "timezone, locale, completed_at", rows);
		this.insert.rows("members_weight_entry", "id, account_id, recorded_on, weight_kg, recorded_at", weights);
	}

}
