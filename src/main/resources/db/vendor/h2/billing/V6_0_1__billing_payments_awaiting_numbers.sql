-- Successful payments get their invoice numbers just after they commit (InvoiceNumbers);
-- H2 has no partial index, so the numbering step finds them through this one.
create index billing_payment_unnumbered_idx on billing_payment (invoice_number, created_at, id);
