/**
 * Demo and load-test data for billing (plans, subscriptions with a payment history),
 * exposed only as the {@code bulk-import} named interface: the demo module declares it;
 * the business modules do not see it.
 */
@org.springframework.modulith.NamedInterface("bulk-import")
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.bulk;
