package app.vitalia.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.billing.admin.ListChanges;
import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.Plan;
import app.vitalia.billing.catalog.PlanDraft;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.billing.notices.BillingMails;
import app.vitalia.platform.OneLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans: the public list of plans on offer, and the admins' plan editor. A price change
 * adds a price version; subscribers keep theirs unless {@code moveSubscribers} moves them
 * to the new one at their first renewal after the notice period (they are emailed).
 */
@RestController
@Tag(name = "Plans", description = "Subscription plans and their price versions")
class PlanController {

	record Amount(String amount, String currency) {

		static Amount of(Money money) {
			return new Amount(money.text(), money.currencyCode());
		}

	}

	record PriceVersion(UUID id, int version, String amount, String currency, Instant createdAt) {
	}

	record PlanView(UUID id, String code, String name, String description, @Nullable String nameEn,
			@Nullable String descriptionEn, Amount price, String period, int trialDays, List<String> features,
			boolean archived, Instant createdAt, List<PriceVersion> versions) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.id(), plan.code(), plan.name(), plan.description(), plan.nameEn(),
					plan.descriptionEn(), Amount.of(plan.price().money()), plan.period().text(), plan.trialDays(),
					plan.features(), plan.archived(), plan.createdAt(),
					plan.versions()
						.stream()
						.map(v -> new PriceVersion(v.id(), v.version(), v.money().text(), v.money().currencyCode(),
								v.createdAt()))
						.toList());
		}

	}

	record PublicPlan(UUID id, String code, String name, String description, Amount price, String period, int trialDays,
			List<String> features) {
	}

	record PriceInput(@Nullable @Size(max = 20) String amount, @Nullable @Size(max = 3) String currency) {
	}

	record PlanRequest(@Nullable @Size(max = 40) String code, @Nullable @OneLine @Size(max = 120) String name,
			@Nullable @Size(max = 2000) String description, @Nullable @Size(max = 120) String nameEn,
			@Nullable @Size(max = 2000) String descriptionEn, @Nullable @Valid PriceInput price,
			@Nullable @Size(max = 10) String period, @Nullable Integer trialDays,
			@Nullable @Size(max = 20) List<String> features, @Nullable Boolean archived,
			@Nullable Boolean moveSubscribers) {

		PlanDraft draft() {
			return new PlanDraft(this.code, this.name, this.description, this.nameEn, this.descriptionEn,
					this.price != null ? this.price.amount() : null, this.price != null ? this.price.currency() : null,
					this.period, this.trialDays, this.features, this.archived);
		}

	}

	record Changed(PlanView plan, int movedSubscribers, @Nullable Instant movedFrom) {
	}

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final BillingMails mails;

	private final BillingProperties properties;

	private final java.time.Clock clock;

	private final GrantedFeatures granted;

	private final ListChanges lists;

	PlanController(Plans plans, Subscriptions subscriptions, BillingMails mails, BillingProperties properties,
			java.time.Clock clock, GrantedFeatures granted, ListChanges lists) {
		this.plans = plans;
		this.granted = granted;
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	@Operation(summary = "The plans on offer",
			description = "Names and descriptions in the language of Accept-Language: English when the plan has "
					+ "English text, else the plan's own.")
	@GetMapping("/api/plans")
	List<PublicPlan> offered(Locale language) {
		return this.plans.active()
			.stream()
			.map(p -> new PublicPlan(p.id(), p.code(), p.name(language), p.description(language),
					Amount.of(p.price().money()), p.period().text(), p.trialDays(), p.features()))
			.toList();
	}

	@Operation(summary = "Every plan with its price versions (admins)")
	@GetMapping("/api/admin/plans")
	List<PlanView> all() {
		return this.plans.all().stream().map(PlanView::of).toList();
	}

	@Operation(summary = "Create a plan (admins)")
	@PostMapping("/api/admin/plans")
	ResponseEntity<PlanView> create(@Valid @RequestBody PlanRequest request) {
		Plan plan = this.plans.create(request.draft());
		return ResponseEntity.created(URI.create("/api/admin/plans/" + plan.id())).body(PlanView.of(plan));
	}

	@Operation(summary = "Change a plan; a new price becomes a new price version (admins)")
	@PatchMapping("/api/admin/plans/{id}")
	@Transactional
	Changed change(@PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
		Plans.Change change = this.plans.change(id, request.draft());
		this.granted.plansChanged();
		// the plan's name shows in the admin lists (this transaction's end counts)
		this.lists.changed();
		if (change.newPrice() == null || !Boolean.TRUE.equals(request.moveSubscribers())) {
			return new Changed(PlanView.of(change.plan()), 0, null);
		}
		Instant from = this.clock.instant().plus(this.properties.priceChangeNotice());
		List<UUID> moved = this.subscriptions.moveToPrice(id, change.newPrice().id(), from);
		moved.forEach(member -> this.mails.priceMoved(member, change.newPrice().money(), from));
		return new Changed(PlanView.of(change.plan()), moved.size(), from);
	}

}
