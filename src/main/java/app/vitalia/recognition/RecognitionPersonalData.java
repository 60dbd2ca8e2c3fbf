package app.vitalia.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.platform.AfterCommit;
import app.vitalia.platform.ObjectStorage;
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

	private static final Logger log = LoggerFactory.getLogger(RecognitionPersonalData.class);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ObjectStorage storage;

	RecognitionPersonalData(JdbcTemplate jdbc, JsonMapper json, ObjectStorage storage) {
		this.jdbc = jdbc;
		this.json = json;
		this.storage = storage;
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

	/**
	 * Photos (their rows now, their images from the bucket once the erasure has
	 * committed), the AI-summary consent and every weekly summary. Diary entries made
	 * from a photo are the diary's, which erases them too.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		List<String> keys = this.jdbc.queryForList("select object_key from recognition_meal_photo where member_id = ?",
				String.class, accountId);
		this.jdbc.update("delete from recognition_meal_photo where member_id = ?", accountId);
		this.jdbc.update("delete from recognition_ai_consent where member_id = ?", accountId);
		this.jdbc.update("delete from recognition_weekly_summary where member_id = ?", accountId);
		if (!keys.isEmpty()) {
			AfterCommit.run(() -> deleteImages(keys));
		}
	}

	private void deleteImages(List<String> keys) {
		for (String key : keys) {
			try {
				this.storage.delete(key);
			}
			catch (RuntimeException ex) {
				// the row is gone, so retention will not find it: say which object stays
				log.warn("Could not delete the image {} of an erased account: {}", key, ex.toString());
			}
		}
	}

}
