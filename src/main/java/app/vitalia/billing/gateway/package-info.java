/**
 * The payment gateway port with its Stripe and sandbox adapters and webhook signatures.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.gateway;
