/**
 * Checking, cleaning and downscaling uploaded images before anything else reads them.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.recognition.images;
