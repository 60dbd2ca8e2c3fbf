/**
 * Bulk import of clinicians, patients and appointments for demo and load-test data,
 * exposed only as the {@code bulk-import} named interface: the demo module declares it;
 * the business modules do not see it.
 */
@org.springframework.modulith.NamedInterface("bulk-import")
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.bulk;
