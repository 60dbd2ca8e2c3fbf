package app.vitalia.gamification.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules and badges tables. Admins change them at run time; every evaluation reads the
 * current rules.
 */
@Component
public class RuleStore {

	private static final String RULE_COLUMNS = "code, name_es, name_en, trigger_type, condition_kind, condition_n, "
			+ "condition_within_days, condition_days, points, badge_code, active, valid_from, valid_to";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RuleStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Rule> rules() {
		return this.jdbc.query("select " + RULE_COLUMNS + " from gamification_rule order by code", RuleStore::rule);
	}

	public Optional<Rule> rule(String code) {
		return this.jdbc
			.query("select " + RULE_COLUMNS + " from gamification_rule where code = ?", RuleStore::rule, code)
			.stream()
			.findFirst();
	}

	public List<Badge> badges() {
		return this.jdbc.query("select code, name_es, name_en, description_es, description_en, icon "
				+ "from gamification_badge order by code", RuleStore::badge);
	}

	public Optional<Badge> badge(String code) {
		return this.jdbc
			.query("select code, name_es, name_en, description_es, description_en, icon from gamification_badge "
					+ "where code = ?", RuleStore::badge, code)
			.stream()
			.findFirst();
	}

	@Transactional
	public void create(Rule rule) {
		requireBadge(rule.badgeCode());
		try {
			this.jdbc.update("insert into gamification_rule (" + RULE_COLUMNS + ", updated_at) values "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args(rule, true));
		}
		catch (DuplicateKeyException taken) {
			throw new DomainException(DomainException.Kind.CONFLICT, "RULE_EXISTS",
					"A rule with code " + rule.code() + " already exists");
		}
	}

	@Transactional
	public void update(Rule rule) {
		requireBadge(rule.badgeCode());
		Object[] args = args(rule, false);
		int changed = this.jdbc.update("update gamification_rule set name_es = ?, name_en = ?, trigger_type = ?, "
				+ "condition_kind = ?, condition_n = ?, condition_within_days = ?, condition_days = ?, points = ?, "
				+ "badge_code = ?, active = ?, valid_from = ?, valid_to = ?, updated_at = ? where code = ?", args);
		if (changed == 0) {
			throw DomainException.notFound("The rule");
		}
	}

	@Transactional
	public void deleteRule(String code) {
		if (this.jdbc.update("delete from gamification_rule where code = ?", code) == 0) {
			throw DomainException.notFound("The rule");
		}
	}

	@Transactional
	public void create(Badge badge) {
		try {
			this.jdbc.update("insert into gamification_badge (name_es, name_en, description_es, description_en, icon, "
					+ "code) values (?, ?, ?, ?, ?, ?)", badgeArgs(badge));
		}
		catch (DuplicateKeyException taken) {
			throw new DomainException(DomainException.Kind.CONFLICT, "BADGE_EXISTS",
					"A badge with code " + badge.code() + " already exists");
		}
	}

	@Transactional
	public void update(Badge badge) {
		if (this.jdbc.update("update gamification_badge set name_es = ?, name_en = ?, description_es = ?, "
				+ "description_en = ?, icon = ? where code = ?", badgeArgs(badge)) == 0) {
			throw DomainException.notFound("The badge");
		}
	}

	@Transactional
	public void deleteBadge(String code) {
		Integer users = this.jdbc.queryForObject("select count(*) from gamification_rule where badge_code = ?",
				Integer.class, code);
		if (users != null && users > 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "BADGE_IN_USE",
					"A rule awards this badge: change or delete the rule first");
		}
		if (this.jdbc.update("delete from gamification_badge where code = ?", code) == 0) {
			throw DomainException.notFound("The badge");
		}
	}

	private void requireBadge(@Nullable String code) {
		if (code != null && badge(code).isEmpty()) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "UNKNOWN_BADGE",
					"There is no badge with code " + code);
		}
	}

	private Object[] args(Rule rule, boolean codeFirst) {
		Condition condition = rule.condition();
		Object[] values = { rule.name().es(), rule.name().en(), rule.trigger().name(), condition.kind().name(),
				condition.n(), condition.withinDays(), condition.days(), rule.points(), rule.badgeCode(), rule.active(),
				timestamp(rule.validFrom()), timestamp(rule.validTo()), Timestamp.from(this.clock.instant()) };
		Object[] all = new Object[values.length + 1];
		if (codeFirst) {
			all[0] = rule.code();
			System.arraycopy(values, 0, all, 1, values.length);
		}
		else {
			System.arraycopy(values, 0, all, 0, values.length);
			all[values.length] = rule.code();
		}
		return all;
	}

	private static Object[] badgeArgs(Badge badge) {
		return new Object[] { badge.name().es(), badge.name().en(), badge.description().es(), badge.description().en(),
				badge.icon(), badge.code() };
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private static Rule rule(ResultSet rs, int row) throws SQLException {
		Condition condition = new Condition(Condition.Kind.valueOf(rs.getString("condition_kind")),
				rs.getObject("condition_n", Integer.class), rs.getObject("condition_within_days", Integer.class),
				rs.getObject("condition_days", Integer.class));
		return new Rule(rs.getString("code"), new Text(rs.getString("name_es"), rs.getString("name_en")),
				Trigger.valueOf(rs.getString("trigger_type")), condition, rs.getInt("points"),
				rs.getString("badge_code"), rs.getBoolean("active"), instant(rs.getTimestamp("valid_from")),
				instant(rs.getTimestamp("valid_to")));
	}

	private static Badge badge(ResultSet rs, int row) throws SQLException {
		return new Badge(rs.getString("code"), new Text(rs.getString("name_es"), rs.getString("name_en")),
				new Text(rs.getString("description_es"), rs.getString("description_en")), rs.getString("icon"));
	}

}
