"""Writes COUNT distinct, Stripe-signed invoice.paid events for the given subscriptions:
one line per event, "signature<TAB>payload", signed now with the webhook secret."""
import hashlib, hmac, json, sys, time

subscriptions_file, secret, count, run = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
subscriptions = [line.split("|")[0] for line in open(subscriptions_file) if line.strip()]
t = int(time.time())
for i in range(count):
    unique = f"{run}-{i}"
    payload = json.dumps({"id": f"evt_bench_{unique}", "object": "event", "created": t, "type": "invoice.paid",
                          "data": {"object": {"id": f"in_bench_{unique}", "object": "invoice",
                                              "subscription": subscriptions[i % len(subscriptions)],
                                              "customer": "cus_bench", "billing_reason": "subscription_update",
                                              "amount_paid": 199, "currency": "eur",
                                              "payment_intent": f"pi_bench_{unique}"}}}, separators=(",", ":"))
    digest = hmac.new(secret.encode(), f"{t}.{payload}".encode(), hashlib.sha256).hexdigest()
    print(f"t={t},v1={digest}\t{payload}")
