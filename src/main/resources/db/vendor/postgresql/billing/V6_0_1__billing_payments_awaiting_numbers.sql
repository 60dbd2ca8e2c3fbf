-- Successful payments get their invoice numbers just after they commit (InvoiceNumbers):
-- the numbering step finds the few that wait for one here, not among every failed payment.
create index billing_payment_unnumbered_idx on billing_payment (created_at, id)
    where invoice_number is null and status <> 'FAILED';
