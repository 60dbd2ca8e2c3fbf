package app.vitalia.nutrition;

/**
 * Where a catalog food comes from. Custom foods and recipes belong to one member.
 */
enum FoodSource {

	SR28, FDC, STARTER, CUSTOM, RECIPE;

	boolean isPrivate() {
		return this == CUSTOM || this == RECIPE;
	}

}
