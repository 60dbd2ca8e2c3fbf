/**
 * The clinicians and their specialties: profiles, the public directory and its cached
 * pages.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling.directory;
