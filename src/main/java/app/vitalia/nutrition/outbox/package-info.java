/**
 * The hand-over of logged food to the rest of the application: entries are noted in the
 * request's transaction and published in batches as
 * {@link app.vitalia.nutrition.FoodsLogged}.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition.outbox;
