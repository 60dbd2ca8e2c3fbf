/**
 * Billing: plans with price versions, subscriptions, payments and receipts, the payment
 * gateway port (Stripe, or the local sandbox by default) and its signed webhooks, renewal
 * and dunning. API: {@link app.vitalia.billing.Subscriptions} (a member's
 * {@link app.vitalia.billing.SubscriptionSummary} and the member actions),
 * {@link app.vitalia.billing.Entitlements} (guards a paid feature with 403
 * {@code PLAN_REQUIRED}), {@link app.vitalia.billing.SubscriptionStatus}, and the events
 * {@link app.vitalia.billing.SubscriptionActivated},
 * {@link app.vitalia.billing.SubscriptionCancelled},
 * {@link app.vitalia.billing.SubscriptionExpired},
 * {@link app.vitalia.billing.SubscriptionRenewing},
 * {@link app.vitalia.billing.PaymentSucceeded} and
 * {@link app.vitalia.billing.PaymentFailed}. {@link app.vitalia.billing.Renewals} is
 * public only for JobRunr. Sub-packages: {@code catalog} (plans and prices),
 * {@code ledger} (payments, receipts, refunds, proration), {@code gateway} (the payment
 * gateway port and its adapters), {@code admin} (the member directory) and
 * {@code notices} (emails).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
		allowedDependencies = { "members", "identity", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.billing;
