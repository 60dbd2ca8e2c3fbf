package app.vitalia.nutrition;

import java.util.List;

/**
 * Foods members logged, announced in batches in the order they were logged: a batch holds
 * the entries of many members, and each entry is in exactly one batch. Listeners see a
 * batch after the entries committed; the batch is recorded in the transaction that takes
 * its entries off the diary's outbox.
 */
public record FoodsLogged(List<FoodLogged> entries) {

	public FoodsLogged {
		entries = List.copyOf(entries);
	}

}
