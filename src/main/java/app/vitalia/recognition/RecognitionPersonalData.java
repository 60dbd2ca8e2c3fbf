package app.vitalia.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meal photos in a person's copy of their data: each photo's day, meal, state and the
 * foods recognised in it (not the image itself), the AI-summary consent, and every weekly
 * summary written for them.
 */
@Component
class RecognitionPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	RecognitionPersonalData(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String part() {
		return "mealPhotos";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> photos = new LinkedHashMap<>();
		List<Map<String, Object>> taken = PersonalData.rows(this.jdbc,
				"select id, diary_date, meal, content_type, size_bytes, status, recognizer, candidates, created_at,"
						+ " analysed_at, confirmed_at from recognition_meal_photo where member_id = ? order by created_at",
				accountId);
		for (Map<String, Object> photo : taken) {
			// kept as JSON text; read back so the download has the foods, not a string of
			// them
			if (photo.get("candidates") instanceof String candidates) {
				photo.put("candidates", this.json.readTree(candidates));
			}
		}
		photos.put("photos", taken);
		PersonalData
			.rows(this.jdbc, "select consented, updated_at from recognition_ai_consent where member_id = ?", accountId)
			.forEach((consent) -> photos.put("aiSummaryConsent", consent));
		photos.put("weeklySummaries",
				PersonalData.rows(this.jdbc,
						"select week, summary_text, generated_at from recognition_weekly_summary where member_id = ?"
								+ " order by week",
						accountId));
		return photos;
	}

}
