/**
 * Bulk import of member profiles for demo and load-test data, exposed only as the
 * {@code bulk-import} named interface: modules that seed data declare it; the business
 * modules do not see it.
 */
@org.springframework.modulith.NamedInterface("bulk-import")
@org.jspecify.annotations.NullMarked
package app.vitalia.members.bulk;
