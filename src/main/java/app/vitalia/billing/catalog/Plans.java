package app.vitalia.billing.catalog;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import app.vitalia.billing.catalog.Plan.PlanPrice;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Text;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan catalog: plans, their price versions, validation. A price change adds a new
 * version and never touches what existing subscribers pay.
 */
@Service
public class Plans {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	static final Pattern FEATURE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	private final Map<UUID, PlanPeriod> periods = new ConcurrentHashMap<>();

	Plans(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
	}

	/**
	 * Creates a plan with its first price version.
	 * @throws DomainException 400 naming the invalid fields, 409 {@code PLAN_CODE_TAKEN}
	 */
	@Transactional
	public Plan create(PlanDraft draft) {
		List<Violation> violations = new ArrayList<>();
		require(violations, "code", draft.code());
		require(violations, "name", draft.name());
		require(violations, "price.amount", draft.amount());
		require(violations, "price.currency", draft.currency());
		require(violations, "period", draft.period());
		Checked checked = check(draft, violations);
		if (!violations.isEmpty()) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "VALIDATION_FAILED",
					"The plan has invalid fields", violations);
		}
		String code = draft.code().toLowerCase(Locale.ROOT);
		if (this.jdbc.queryForObject("select count(*) from billing_plan where code = ?", Integer.class, code) > 0) {
			throw codeTaken();
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.update(
					"insert into billing_plan (id, code, name, description, name_en, description_en, period, "
							+ "trial_days, features, archived, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					id, code, draft.name().strip(), draft.description() != null ? draft.description().strip() : "",
					english(draft.nameEn()), english(draft.descriptionEn()), checked.period().text(),
					draft.trialDays() != null ? draft.trialDays() : 0, String.join(",", checked.features()),
					Boolean.TRUE.equals(draft.archived()), Timestamp.from(now));
		}
		catch (DuplicateKeyException raced) {
			throw codeTaken();
		}
		insertPrice(id, 1, checked.money(), now);
		return find(id).orElseThrow();
	}

	/**
	 * Changes a plan. A different price becomes a new version; it is returned as
	 * {@link Change#newPrice()}.
	 */
	@Transactional
	public Change change(UUID id, PlanDraft draft) {
		Plan plan = find(id).orElseThrow(() -> DomainException.notFound("The plan"));
		List<Violation> violations = new ArrayList<>();
		if (draft.code() != null && !draft.code().equalsIgnoreCase(plan.code())) {
			violations.add(new Violation("code", "IMMUTABLE", "cannot change once the plan exists"));
		}
		if (draft.period() != null && !plan.period().equals(PlanPeriod.parse(draft.period()))) {
			violations.add(new Violation("period", "IMMUTABLE",
					"cannot change once the plan exists; create another plan instead"));
		}
		if (draft.name() != null && draft.name().isBlank()) {
			violations.add(new Violation("name", "NOT_BLANK", "must not be blank"));
		}
		PlanDraft merged = new PlanDraft(plan.code(), draft.name() != null ? draft.name() : plan.name(),
				draft.description() != null ? draft.description() : plan.description(),
				draft.nameEn() != null ? draft.nameEn() : plan.nameEn(),
				draft.descriptionEn() != null ? draft.descriptionEn() : plan.descriptionEn(),
				draft.amount() != null ? draft.amount() : plan.price().money().text(),
				draft.currency() != null ? draft.currency() : plan.price().money().currencyCode(), plan.period().text(),
				draft.trialDays() != null ? draft.trialDays() : plan.trialDays(),
				draft.features() != null ? draft.features() : plan.features(),
				draft.archived() != null ? draft.archived() : plan.archived());
		Checked checked = check(merged, violations);
		if (!violations.isEmpty()) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "VALIDATION_FAILED",
					"The plan has invalid fields", violations);
		}
		this.jdbc.update(
				"update billing_plan set name = ?, description = ?, name_en = ?, description_en = ?, trial_days = ?, "
						+ "features = ?, archived = ?, version = version + 1 where id = ?",
				merged.name().strip(), merged.description().strip(), english(merged.nameEn()),
				english(merged.descriptionEn()), merged.trialDays(), String.join(",", checked.features()),
				merged.archived(), id);
		PlanPrice newPrice = null;
		if (!checked.money().equals(plan.price().money())) {
			newPrice = insertPrice(id, plan.price().version() + 1, checked.money(), this.clock.instant());
		}
		return new Change(find(id).orElseThrow(), newPrice);
	}

	/**
	 * The result of a change: the plan, and its new price version if the price changed.
	 */
	public record Change(Plan plan, @Nullable PlanPrice newPrice) {
	}

	public Optional<Plan> find(UUID id) {
		List<Plan> found = load("where p.id = :id", Map.of("id", id));
		return found.stream().findFirst();
	}

	/**
	 * A plan's billing period, which never changes once the plan exists: read once, then
	 * kept for the webhooks and renewals that ask it for every payment.
	 */
	public Optional<PlanPeriod> period(UUID planId) {
		PlanPeriod known = this.periods.get(planId);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<PlanPeriod> period = find(planId).map(Plan::period);
		period.ifPresent(found -> this.periods.put(planId, found));
		return period;
	}

	/** The features of a plan, in one small query (empty for an unknown plan). */
	public List<String> features(UUID planId) {
		List<List<String>> found = this.jdbc.query("select features from billing_plan where id = ?",
				(rs, i) -> features(rs.getString(1)), planId);
		return found.isEmpty() ? List.of() : found.get(0);
	}

	/** Every plan, newest first. */
	public List<Plan> all() {
		return load("", Map.of());
	}

	/** Plans members can subscribe to, cheapest first. */
	public List<Plan> active() {
		return load("where p.archived = false", Map.of()).stream()
			.sorted((a, b) -> a.price().money().amount().compareTo(b.price().money().amount()))
			.toList();
	}

	/** The price versions with these ids, in one query. */
	public Map<UUID, PlanPrice> prices(Collection<UUID> ids) {
		Map<UUID, PlanPrice> prices = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return prices;
		}
		this.named.query(
				"select id, plan_id, version, amount, currency, created_at from billing_price where id in (:ids)",
				Map.of("ids", ids), rs -> {
					PlanPrice price = price(rs);
					prices.put(price.id(), price);
				});
		return prices;
	}

	private List<Plan> load(String where, Map<String, ?> params) {
		Map<UUID, List<PlanPrice>> versions = new LinkedHashMap<>();
		this.named.query(
				"select r.id, r.plan_id, r.version, r.amount, r.currency, r.created_at from billing_price r "
						+ "join billing_plan p on p.id = r.plan_id " + where + " order by r.version desc",
				params, rs -> {
					PlanPrice price = price(rs);
					versions.computeIfAbsent(price.planId(), k -> new ArrayList<>()).add(price);
				});
		return this.named
			.query("select p.id, p.code, p.name, p.description, p.period, p.trial_days, p.features, p.archived, "
					+ "p.created_at, p.name_en, p.description_en from billing_plan p " + where
					+ " order by p.created_at desc, p.code", params, (rs, i) -> {
						UUID id = rs.getObject(1, UUID.class);
						List<PlanPrice> prices = List.copyOf(versions.getOrDefault(id, List.of()));
						return new Plan(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(10),
								rs.getString(11), PlanPeriod.parse(rs.getString(5)), rs.getInt(6),
								features(rs.getString(7)), rs.getBoolean(8), rs.getTimestamp(9).toInstant(),
								prices.get(0), prices);
					});
	}

	/** An English text as stored: stripped, and {@code null} when there is none. */
	private static @Nullable String english(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The features column: codes separated by commas, empty for none. */
	private static List<String> features(String column) {
		return column.isEmpty() ? List.of() : List.of(column.split(","));
	}

	private static PlanPrice price(java.sql.ResultSet rs) throws java.sql.SQLException {
		Currency currency = Currency.getInstance(rs.getString(5).trim());
		BigDecimal amount = rs.getBigDecimal(4).setScale(currency.getDefaultFractionDigits());
		return new PlanPrice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
				new Money(amount, currency), rs.getTimestamp(6).toInstant());
	}

	private PlanPrice insertPrice(UUID planId, int version, Money money, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into billing_price (id, plan_id, version, amount, currency, created_at) values (?, ?, ?, ?, ?, ?)",
				id, planId, version, money.amount(), money.currencyCode(), Timestamp.from(now));
		return new PlanPrice(id, planId, version, money, now);
	}

	private record Checked(@Nullable Money money, @Nullable PlanPeriod period, List<String> features) {
	}

	private static Checked check(PlanDraft draft, List<Violation> violations) {
		if (draft.code() != null && !CODE.matcher(draft.code().toLowerCase(Locale.ROOT)).matches()) {
			violations.add(new Violation("code", "INVALID_CODE",
					"2 to 40 lower-case letters, digits and dashes, starting with a letter or digit"));
		}
		if (draft.name() != null && draft.name().strip().length() > 120) {
			violations.add(new Violation("name", "TOO_LONG", "at most 120 characters"));
		}
		if (draft.description() != null && draft.description().length() > 2000) {
			violations.add(new Violation("description", "TOO_LONG", "at most 2000 characters"));
		}
		if (draft.nameEn() != null && draft.nameEn().strip().length() > 120) {
			violations.add(new Violation("nameEn", "TOO_LONG", "at most 120 characters"));
		}
		// empty is allowed here (it removes the English name), so not @OneLine
		if (draft.nameEn() != null && !draft.nameEn().isBlank() && !Text.isCleanLine(draft.nameEn())) {
			violations.add(new Violation("nameEn", "NOT_ONE_LINE", "must be one line without control characters"));
		}
		if (draft.descriptionEn() != null && draft.descriptionEn().length() > 2000) {
			violations.add(new Violation("descriptionEn", "TOO_LONG", "at most 2000 characters"));
		}
		Currency currency = null;
		if (draft.currency() != null) {
			currency = currency(draft.currency());
			if (currency == null) {
				violations.add(new Violation("price.currency", "UNKNOWN_CURRENCY",
						"must be an ISO 4217 currency code such as EUR or USD"));
			}
		}
		Money money = null;
		if (draft.amount() != null) {
			BigDecimal amount = decimal(draft.amount());
			if (amount == null) {
				violations
					.add(new Violation("price.amount", "INVALID_AMOUNT", "must be a decimal string such as \"9.99\""));
			}
			else if (amount.signum() <= 0) {
				violations.add(new Violation("price.amount", "MUST_BE_POSITIVE", "a paid plan costs more than zero"));
			}
			else if (amount.compareTo(new BigDecimal("1000000")) >= 0) {
				violations.add(new Violation("price.amount", "TOO_LARGE", "must be less than 1000000"));
			}
			else if (currency != null && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
				violations.add(new Violation("price.amount", "TOO_MANY_DECIMALS",
						currency.getCurrencyCode() + " has " + currency.getDefaultFractionDigits() + " decimals"));
			}
			else if (currency != null) {
				money = new Money(amount.setScale(currency.getDefaultFractionDigits()), currency);
			}
		}
		PlanPeriod period = null;
		if (draft.period() != null) {
			period = PlanPeriod.parse(draft.period());
			if (period == null) {
				violations.add(new Violation("period", "INVALID_PERIOD",
						"must be an ISO-8601 period in one unit, such as P30D, P1M or P1Y"));
			}
		}
		if (draft.trialDays() != null && (draft.trialDays() < 0 || draft.trialDays() > 365)) {
			violations.add(new Violation("trialDays", "OUT_OF_RANGE", "must be between 0 and 365"));
		}
		List<String> features = new ArrayList<>();
		if (draft.features() != null) {
			if (draft.features().size() > 20) {
				violations.add(new Violation("features", "TOO_MANY", "at most 20 features"));
			}
			for (int i = 0; i < draft.features().size(); i++) {
				String feature = draft.features().get(i);
				if (feature == null || !FEATURE.matcher(feature).matches()) {
					violations.add(new Violation("features[" + i + "]", "INVALID_FEATURE",
							"upper-case letters, digits and underscores, such as PHOTO_ANALYSIS"));
				}
				else if (!features.contains(feature)) {
					features.add(feature);
				}
			}
		}
		return new Checked(money, period, features);
	}

	private static void require(List<Violation> violations, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "REQUIRED", "is required"));
		}
	}

	private static @Nullable Currency currency(String code) {
		if (!code.matches("[A-Za-z]{3}")) {
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		return Currency.getAvailableCurrencies()
			.stream()
			.filter(c -> c.getCurrencyCode().equals(upper))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable BigDecimal decimal(String text) {
		if (!text.matches("-?\\d{1,7}(\\.\\d{1,6})?")) {
			return null;
		}
		return new BigDecimal(text);
	}

	private static DomainException codeTaken() {
		return new DomainException(DomainException.Kind.CONFLICT, "PLAN_CODE_TAKEN", "Another plan has this code",
				List.of(new Violation("code", "TAKEN", "another plan has this code")));
	}

}
