/**
 * Demo and load-test data: the {@code seed-demo} and {@code seed-diary} commands and the
 * generators behind them (members with complete profiles, clinicians with hours,
 * appointments, subscriptions with a payment history, diaries). It writes only through
 * the other modules' {@code bulk-import} named interfaces, and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "platform", "identity", "identity :: bulk-import", "members", "members :: bulk-import",
				"scheduling :: bulk-import", "nutrition", "nutrition :: bulk-import", "billing :: bulk-import" })
@org.jspecify.annotations.NullMarked
package app.vitalia.demo;
