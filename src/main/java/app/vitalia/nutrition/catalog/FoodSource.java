package app.vitalia.nutrition.catalog;

/**
 * Where a catalog food comes from. Custom foods and recipes belong to one member.
 */
public enum FoodSource {

	SR28, FDC, STARTER, CUSTOM, RECIPE;

	public boolean isPrivate() {
		return this == CUSTOM || this == RECIPE;
	}

}
