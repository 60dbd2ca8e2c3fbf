/**
 * The shared food catalog: its values (nutrients, portions, languages, sources), the
 * in-memory search index over it, the bulk writer imports go through and the built-in
 * starter foods.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition.catalog;
