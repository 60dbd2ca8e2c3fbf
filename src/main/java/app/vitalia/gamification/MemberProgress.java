package app.vitalia.gamification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.gamification.leaderboard.Leaderboards;
import app.vitalia.gamification.rules.Badge;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.RuleStore;
import app.vitalia.gamification.rules.Text;
import app.vitalia.gamification.scoring.ScoreStore;
import app.vitalia.gamification.scoring.Streak;
import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's progress as of the current generation: points and level, badges earned and
 * still locked (with the rule that earns them), the food-logging streak in the member's
 * own days, and the latest awards.
 */
@Service
public class MemberProgress {

	/** Points per level: level 1 from 0, level 2 from 100, and so on. */
	static final int POINTS_PER_LEVEL = 100;

	/** How many of the latest awards the page lists. */
	static final int RECENT_AWARDS = 10;

	public record Progress(long points, int level, long nextLevelAt, List<EarnedBadge> badges,
			List<LockedBadge> lockedBadges, StreakView streak, List<RecentAward> recentAwards,
			boolean leaderboardOptIn) {
	}

	public record EarnedBadge(String code, Text name, Text description, String icon, Instant awardedAt) {
	}

	public record LockedBadge(String code, Text name, Text description, String icon, @Nullable Text earnedBy) {
	}

	public record StreakView(int current, int longest) {
	}

	public record RecentAward(String ruleCode, Text ruleName, int points, @Nullable String badgeCode,
			Instant awardedAt) {
	}

	private final ScoreStore scores;

	private final RuleStore rules;

	private final Leaderboards leaderboards;

	private final MemberProfiles profiles;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberProgress(ScoreStore scores, RuleStore rules, Leaderboards leaderboards, MemberProfiles profiles,
			JdbcTemplate jdbc, Clock clock) {
		this.scores = scores;
		this.rules = rules;
		this.leaderboards = leaderboards;
		this.profiles = profiles;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Progress of(MemberId member) {
		UUID memberId = member.id();
		int generation = this.scores.generation();
		Standing standing = standing(generation, memberId);
		Map<String, Rule> ruleByCode = new LinkedHashMap<>();
		this.rules.rules().forEach(rule -> ruleByCode.put(rule.code(), rule));
		Map<String, Instant> earnedAt = this.scores.badges(generation, memberId);
		List<Badge> badges = this.rules.badges();
		List<EarnedBadge> earned = badges.stream()
			.filter(badge -> earnedAt.containsKey(badge.code()))
			.map(badge -> new EarnedBadge(badge.code(), badge.name(), badge.description(), badge.icon(),
					earnedAt.get(badge.code())))
			.sorted(Comparator.comparing(EarnedBadge::awardedAt))
			.toList();
		List<LockedBadge> locked = badges.stream()
			.filter(badge -> !earnedAt.containsKey(badge.code()))
			.map(badge -> new LockedBadge(badge.code(), badge.name(), badge.description(), badge.icon(),
					ruleByCode.values()
						.stream()
						.filter(rule -> rule.active() && badge.code().equals(rule.badgeCode()))
						.map(Rule::name)
						.findFirst()
						.orElse(null)))
			.toList();
		List<RecentAward> recent = this.scores.latestAwards(generation, memberId, RECENT_AWARDS)
			.stream()
			.map(award -> new RecentAward(award.ruleCode(),
					ruleByCode.containsKey(award.ruleCode()) ? ruleByCode.get(award.ruleCode()).name()
							: new Text(award.ruleCode(), award.ruleCode()),
					award.points(), award.badgeCode(), award.awardedAt()))
			.toList();
		long points = standing.points();
		int level = (int) (points / POINTS_PER_LEVEL) + 1;
		return new Progress(points, level, (long) level * POINTS_PER_LEVEL, earned, locked, standing.streak(), recent,
				this.leaderboards.optedIn(memberId));
	}

	/**
	 * Whether the member shows on the leaderboards; off until they opt in.
	 */
	@Transactional(readOnly = true)
	public boolean leaderboardOptIn(MemberId member) {
		return this.leaderboards.optedIn(member.id());
	}

	/**
	 * Shows the member on the leaderboards, or takes them off.
	 */
	public void setLeaderboardOptIn(MemberId member, boolean optIn) {
		this.leaderboards.setOptIn(member.id(), optIn);
	}

	/**
	 * The member's points (kept with each award, so the page does not add up every award)
	 * and streak in the member's own today.
	 */
	private Standing standing(int generation, UUID memberId) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.profiles.zoneOf(MemberId.of(memberId))));
		return this.jdbc
			.query("select points, current_streak, longest_streak, streak_last_day from gamification_member "
					+ "where generation = ? and member_id = ?", (rs, i) -> {
						Streak streak = new Streak(rs.getInt(2), rs.getInt(3), rs.getObject(4, LocalDate.class));
						return new Standing(rs.getLong(1), new StreakView(streak.currentOn(today), streak.longest()));
					}, generation, memberId)
			.stream()
			.findFirst()
			.orElse(new Standing(0, new StreakView(0, 0)));
	}

	private record Standing(long points, StreakView streak) {
	}

}
