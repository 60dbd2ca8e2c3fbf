package app.vitalia.billing.admin;

import java.util.List;

/**
 * One page of an admin list with its real total.
 */
public record BillingPage<T>(List<T> content, int page, int size, long totalElements, boolean hasNext) {

	public static <T> BillingPage<T> of(List<T> rows, int page, int size, long total) {
		return new BillingPage<>(List.copyOf(rows), page, size, total, (long) (page + 1) * size < total);
	}

}
