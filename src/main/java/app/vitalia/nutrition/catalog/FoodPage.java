package app.vitalia.nutrition.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of search results. {@code remote} says whether FoodData Central was asked and
 * how it went ({@code null} when it was not asked).
 */
public record FoodPage(List<FoodView> content, int page, int size, long totalElements, @Nullable RemoteStatus remote) {

	public enum RemoteStatus {

		/** FoodData Central answered; its foods are in the page. */
		USED,
		/**
		 * FoodData Central could not be reached (or is rate limited): local results only.
		 */
		UNAVAILABLE,
		/** No API key is configured: local results only. */
		DISABLED

	}

	public FoodPage withRemote(RemoteStatus status) {
		return new FoodPage(this.content, this.page, this.size, this.totalElements, status);
	}

}
