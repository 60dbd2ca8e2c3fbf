/**
 * The FoodData Central API as a search fallback: its client and the foods it answers,
 * written to the catalog as they are found.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition.remote;
