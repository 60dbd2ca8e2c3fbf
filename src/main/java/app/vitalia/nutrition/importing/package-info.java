/**
 * The USDA import pipeline: SR28 and FoodData Central CSV readers, Spanish names, the
 * uploaded data sets and their background import jobs, and the {@code import-foods} jar
 * command.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition.importing;
