/**
 * Undo for the diary: a deleted entry is kept as it was for a short while, so that it can
 * be brought back unchanged.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition.undo;
