/**
 * The adapters of {@link app.vitalia.platform.ObjectStorage}: a local directory with
 * application-signed upload URLs, and S3 (or any S3-compatible server) with presigned
 * URLs and its object-created notifications.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.storage;
