package app.vitalia.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import app.vitalia.gamification.MemberProgress;
import app.vitalia.identity.CurrentUser;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's privacy settings page: the AI summary consent, which this module owns, and
 * the leaderboard opt-in, which it passes to gamification. One endpoint for both because
 * the path and body are the contract and a path maps to one handler.
 */
@RestController
@Tag(name = "Settings", description = "The member's privacy settings: AI summary consent and leaderboard opt-in")
class SettingsController {

	/**
	 * The member's privacy settings; a change gives the ones it changes (null = keep).
	 * {@code aiConsent}: their diary's daily aggregates may go to the AI weekly summary.
	 */
	record Settings(@Nullable Boolean leaderboardOptIn, @Nullable Boolean aiConsent) {
	}

	private final AiConsent aiConsent;

	private final MemberProgress progress;

	SettingsController(AiConsent aiConsent, MemberProgress progress) {
		this.aiConsent = aiConsent;
		this.progress = progress;
	}

	@Operation(summary = "The member's privacy settings")
	@GetMapping("/api/me/settings")
	Settings settings(CurrentUser user) {
		return new Settings(this.progress.leaderboardOptIn(MemberId.of(user.id())), this.aiConsent.given(user.id()));
	}

	@Operation(summary = "Change the member's privacy settings (leaderboard opt-in, AI summary consent)")
	@PatchMapping("/api/me/settings")
	@Transactional
	Settings updateSettings(CurrentUser user, @Valid @RequestBody Settings settings) {
		if (settings.leaderboardOptIn() == null && settings.aiConsent() == null) {
			throw DomainException.invalid("leaderboardOptIn", "NOTHING_TO_CHANGE",
					"Give leaderboardOptIn or aiConsent");
		}
		if (settings.leaderboardOptIn() != null) {
			this.progress.setLeaderboardOptIn(MemberId.of(user.id()), settings.leaderboardOptIn());
		}
		if (settings.aiConsent() != null) {
			this.aiConsent.set(user.id(), settings.aiConsent());
		}
		return settings(user);
	}

}
