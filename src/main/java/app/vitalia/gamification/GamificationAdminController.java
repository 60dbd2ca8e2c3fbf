package app.vitalia.gamification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import app.vitalia.gamification.rules.Badge;
import app.vitalia.gamification.rules.BadgeDraft;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.RuleDraft;
import app.vitalia.gamification.rules.RuleStore;
import app.vitalia.gamification.scoring.Replays;
import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins edit rules and badges (the platform allows {@code /api/admin/**} to admins
 * only). A change applies to actions from then on; a replay applies it to the past.
 */
@RestController
@RequestMapping("/api/admin/gamification")
@Tag(name = "Gamification (admin)", description = "Rules, badges and replays of the event log")
class GamificationAdminController {

	record ReplayRequest(@Nullable Boolean dryRun) {
	}

	private final RuleStore rules;

	private final Replays replays;

	GamificationAdminController(RuleStore rules, Replays replays) {
		this.rules = rules;
		this.replays = replays;
	}

	/**
	 * Queues a replay of the whole log under the current rules; with {@code dryRun} it
	 * only reports who would gain or lose points and badges.
	 */
	@Operation(summary = "Replay the event log under the current rules, or preview it (dry run)")
	@PostMapping("/replay")
	ResponseEntity<Replays.Replay> replay(@RequestBody ReplayRequest request) {
		Replays.Replay replay = this.replays.start(Boolean.TRUE.equals(request.dryRun()));
		return ResponseEntity.accepted()
			.location(URI.create("/api/admin/gamification/replay/" + replay.id()))
			.body(replay);
	}

	@Operation(summary = "One replay's progress and result")
	@GetMapping("/replay/{id}")
	Replays.Replay replay(@PathVariable UUID id) {
		return this.replays.find(id).orElseThrow(() -> DomainException.notFound("The replay"));
	}

	@Operation(summary = "The latest replay")
	@GetMapping("/replay")
	Replays.Replay latestReplay() {
		return this.replays.latest().orElseThrow(() -> DomainException.notFound("A replay"));
	}

	@Operation(summary = "Every gamification rule")
	@GetMapping("/rules")
	List<Rule> rules() {
		return this.rules.rules();
	}

	@Operation(summary = "One gamification rule")
	@GetMapping("/rules/{code}")
	Rule rule(@PathVariable String code) {
		return this.rules.rule(code).orElseThrow(() -> DomainException.notFound("The rule"));
	}

	@Operation(summary = "Create a gamification rule")
	@PostMapping("/rules")
	@ResponseStatus(HttpStatus.CREATED)
	Rule create(@RequestBody RuleDraft draft) {
		Rule rule = draft.toRule();
		this.rules.create(rule);
		return rule;
	}

	@Operation(summary = "Replace a gamification rule")
	@PutMapping("/rules/{code}")
	Rule update(@PathVariable String code, @RequestBody RuleDraft draft) {
		Rule rule = new RuleDraft(code, draft.name(), draft.trigger(), draft.condition(), draft.points(),
				draft.badgeCode(), draft.active(), draft.validFrom(), draft.validTo())
			.toRule();
		this.rules.update(rule);
		return rule;
	}

	@Operation(summary = "Delete a gamification rule")
	@DeleteMapping("/rules/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRule(@PathVariable String code) {
		this.rules.deleteRule(code);
	}

	@Operation(summary = "Every badge")
	@GetMapping("/badges")
	List<Badge> badges() {
		return this.rules.badges();
	}

	@Operation(summary = "Create a badge")
	@PostMapping("/badges")
	@ResponseStatus(HttpStatus.CREATED)
	Badge createBadge(@RequestBody BadgeDraft draft) {
		Badge badge = draft.toBadge();
		this.rules.create(badge);
		return badge;
	}

	@Operation(summary = "Replace a badge")
	@PutMapping("/badges/{code}")
	Badge updateBadge(@PathVariable String code, @RequestBody BadgeDraft draft) {
		Badge badge = new BadgeDraft(code, draft.name(), draft.description(), draft.icon()).toBadge();
		this.rules.update(badge);
		return badge;
	}

	@Operation(summary = "Delete a badge")
	@DeleteMapping("/badges/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteBadge(@PathVariable String code) {
		this.rules.deleteBadge(code);
	}

}
