package app.vitalia.nutrition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of search results. {@code remote} says whether FoodData Central was asked and
 * how it went ({@code null} when it was not asked).
 */
record FoodPage(List<FoodView> content, int page, int size, long totalElements, @Nullable RemoteStatus remote) {

	enum RemoteStatus {

		/** FoodData Central answered; its foods are in the page. */
		USED,
		/**
		 * FoodData Central could not be reached (or is rate limited): local results only.
		 */
		UNAVAILABLE,
		/** No API key is configured: local results only. */
		DISABLED

	}

	FoodPage withRemote(RemoteStatus status) {
		return new FoodPage(this.content, this.page, this.size, this.totalElements, status);
	}

}
