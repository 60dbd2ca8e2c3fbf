-- Successful payments get their invoice numbers just after they commit (InvoiceNumbers):
-- the numbering step finds the few that wait for one here, not among every failed payment.
-- A plain build (0.3 s over 640,000 payments here) blocks the payments being recorded that
-- long; "concurrently" would wait for every older transaction of the server and run past
-- the connection's 10 s socket timeout while another release still serves.
create index billing_payment_unnumbered_idx on billing_payment (created_at, id)
    where invoice_number is null and status <> 'FAILED';
