/**
 * The FoodData Central API as a search fallback: its client and the foods it answers,
 * written to the catalog as they are found.
 */
package app.vitalia.nutrition.remote;
