package app.vitalia.gamification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.vitalia.gamification.leaderboard.Leaderboards;
import app.vitalia.gamification.referrals.Invitations;
import app.vitalia.identity.CurrentUser;
import app.vitalia.members.MemberId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's progress, leaderboards and invitations. Their leaderboard opt-in
 * is changed on the settings page ({@code /api/me/settings}, recognition's controller).
 */
@RestController
@Tag(name = "Progress", description = "Points, badges, streaks, leaderboards and invitations")
class ProgressController {

	record InvitationRequest(@NotBlank @Email @Size(max = 320) String email) {
	}

	private final MemberProgress progress;

	private final Leaderboards leaderboards;

	private final Invitations invitations;

	ProgressController(MemberProgress progress, Leaderboards leaderboards, Invitations invitations) {
		this.progress = progress;
		this.leaderboards = leaderboards;
		this.invitations = invitations;
	}

	@Operation(summary = "The member's points, level, badges, streak and recent awards")
	@GetMapping("/api/me/progress")
	MemberProgress.Progress progress(CurrentUser user) {
		return this.progress.of(MemberId.of(user.id()));
	}

	// one literal path per period: Spring finds a literal path in a map, where a path
	// variable is matched against every pattern the application has (a tenth of this
	// endpoint's time); another period is a 404 like any unknown path
	@Operation(summary = "This week's leaderboard (from Monday in the business time zone) and the caller's rank")
	@GetMapping("/api/leaderboards/weekly")
	Leaderboards.Board weekly(CurrentUser user, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return this.leaderboards.board(Leaderboards.Period.WEEKLY, limit, user.id());
	}

	@Operation(summary = "This month's leaderboard (from the 1st in the business time zone) and the caller's rank")
	@GetMapping("/api/leaderboards/monthly")
	Leaderboards.Board monthly(CurrentUser user, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return this.leaderboards.board(Leaderboards.Period.MONTHLY, limit, user.id());
	}

	@Operation(summary = "The all-time leaderboard and the caller's rank")
	@GetMapping("/api/leaderboards/all-time")
	Leaderboards.Board allTime(CurrentUser user, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return this.leaderboards.board(Leaderboards.Period.ALL_TIME, limit, user.id());
	}

	@Operation(summary = "Invite someone by email")
	@PostMapping("/api/me/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Invitations.Invitation invite(CurrentUser user, @Valid @RequestBody InvitationRequest request) {
		return this.invitations.invite(user.id(), request.email());
	}

	@Operation(summary = "The invitations the member has sent")
	@GetMapping("/api/me/invitations")
	List<Invitations.Invitation> invitations(CurrentUser user) {
		return this.invitations.sentBy(user.id());
	}

}
