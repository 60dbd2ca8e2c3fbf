package app.vitalia.scheduling.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.scheduling.calendar.PageOf;
import app.vitalia.scheduling.slots.SchedulingCaches;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The clinician directory: search by name and specialty (any of the specialties whose
 * names contain what was typed, in either language, accents ignored), sorted by name, one
 * query for the page, one for the specialties of the clinicians on it, one count
 * (cached).
 */
@Component
public class DoctorDirectory {

	public record Listed(UUID id, String displayName, List<String> specialties, String photoUrl, String timezone,
			int slotMinutes) implements Serializable {
	}

	private final NamedParameterJdbcTemplate jdbc;

	public DoctorDirectory(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Cacheable(cacheNames = SchedulingCaches.DIRECTORY,
			key = "T(java.util.Objects).hash(#specialty, #query, #page, #size, #descending)")
	public PageOf<Listed> search(@Nullable String specialty, @Nullable String query, int page, int size,
			boolean descending) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", size)
			.addValue("offset", (long) page * size);
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (specialty != null && !specialty.isBlank()) {
			List<String> codes = new ArrayList<>(Specialty.matching(specialty).stream().map(Specialty::code).toList());
			codes.add(Clinician.searchable(specialty)); // a value kept as typed before
														// the list existed
			where.append(" and exists (select 1 from scheduling_clinician_specialty s "
					+ "where s.clinician_id = c.id and s.specialty in (:specialties))");
			params.addValue("specialties", codes);
		}
		if (query != null && !query.isBlank()) {
			where.append(" and c.search_name like :query escape '\\'");
			params.addValue("query", "%" + likeEscaped(Clinician.searchable(query)) + "%");
		}
		String direction = descending ? " desc" : "";
		List<Listed> rows = this.jdbc.query(
				"select c.id, c.display_name, c.photo_url, c.timezone, c.slot_minutes " + "from scheduling_clinician c"
						+ where + " order by c.search_name" + direction + ", c.id" + direction
						+ " limit :limit offset :offset",
				params, (rs, i) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), new ArrayList<>(),
						rs.getString(3), rs.getString(4), rs.getInt(5)));
		Long total = this.jdbc.queryForObject("select count(*) from scheduling_clinician c" + where, params,
				Long.class);
		if (!rows.isEmpty()) {
			Map<UUID, Listed> byId = new HashMap<>();
			rows.forEach(row -> byId.put(row.id(), row));
			this.jdbc.query("select clinician_id, specialty from scheduling_clinician_specialty "
					+ "where clinician_id in (:ids) order by specialty", Map.of("ids", byId.keySet()), rs -> {
						byId.get(rs.getObject(1, UUID.class)).specialties().add(rs.getString(2));
					});
		}
		return PageOf.counted(rows.stream()
			.map(row -> new Listed(row.id(), row.displayName(), List.copyOf(row.specialties()), row.photoUrl(),
					row.timezone(), row.slotMinutes()))
			.toList(), page, size, total != null ? total : 0);
	}

	public static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
