package app.vitalia.scheduling.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's public profile and booking settings. The id is their account id.
 */
@Entity
@Table(name = "scheduling_clinician")
public class Clinician {

	public static final int DEFAULT_HORIZON_DAYS = 90;

	public static final int DEFAULT_MIN_NOTICE_MINUTES = 120;

	@Id
	private UUID id;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	private String bio;

	@Column(name = "photo_url")
	private String photoUrl;

	@Column(nullable = false)
	private String timezone;

	@Column(name = "slot_minutes", nullable = false)
	private int slotMinutes;

	@Column(name = "buffer_minutes", nullable = false)
	private int bufferMinutes;

	@Column(name = "min_notice_minutes", nullable = false)
	private int minNoticeMinutes = DEFAULT_MIN_NOTICE_MINUTES;

	@Column(name = "horizon_days", nullable = false)
	private int horizonDays = DEFAULT_HORIZON_DAYS;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "scheduling_clinician_specialty", joinColumns = @JoinColumn(name = "clinician_id"))
	@Column(name = "specialty", nullable = false)
	private Set<String> specialties = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "scheduling_clinician_language", joinColumns = @JoinColumn(name = "clinician_id"))
	@Column(name = "language", nullable = false)
	private Set<String> languages = new TreeSet<>();

	@Version
	private long version;

	protected Clinician() {
	}

	public Clinician(UUID id, String displayName, Collection<String> specialties, String timezone, int slotMinutes,
			Instant now) {
		this.id = id;
		rename(displayName);
		specializeIn(specialties);
		this.timezone = timezone;
		this.slotMinutes = slotMinutes;
		this.createdAt = now;
	}

	public static String searchable(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	public void rename(String displayName) {
		this.displayName = displayName.strip();
		this.searchName = searchable(displayName);
	}

	public void specializeIn(Collection<String> specialties) {
		this.specialties.clear();
		this.specialties.addAll(specialties);
	}

	public void speak(Collection<String> languages) {
		this.languages.clear();
		languages.forEach(language -> this.languages.add(searchable(language)));
	}

	public void describe(@Nullable String bio, @Nullable String photoUrl) {
		this.bio = bio;
		this.photoUrl = photoUrl;
	}

	public void bookingRules(String timezone, int slotMinutes, int bufferMinutes, int minNoticeMinutes,
			int horizonDays) {
		this.timezone = timezone;
		this.slotMinutes = slotMinutes;
		this.bufferMinutes = bufferMinutes;
		this.minNoticeMinutes = minNoticeMinutes;
		this.horizonDays = horizonDays;
	}

	public void consultationLength(int slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public UUID getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getBio() {
		return this.bio;
	}

	public String getPhotoUrl() {
		return this.photoUrl;
	}

	public String getTimezone() {
		return this.timezone;
	}

	public int getSlotMinutes() {
		return this.slotMinutes;
	}

	public int getBufferMinutes() {
		return this.bufferMinutes;
	}

	public int getMinNoticeMinutes() {
		return this.minNoticeMinutes;
	}

	public int getHorizonDays() {
		return this.horizonDays;
	}

	public Set<String> getSpecialties() {
		return this.specialties;
	}

	public Set<String> getLanguages() {
		return this.languages;
	}

}
