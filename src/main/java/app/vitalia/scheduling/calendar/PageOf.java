package app.vitalia.scheduling.calendar;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list. {@code totalElements} is -1 where counting would cost more than the
 * page itself (appointments); {@code hasNext} is always right.
 */
public record PageOf<T extends Serializable>(List<T> content, int page, int size, long totalElements,
		boolean hasNext) implements Serializable {

	/** Builds a page from up to {@code size + 1} rows fetched, without a count. */
	public static <T extends Serializable> PageOf<T> sliced(List<T> rows, int page, int size) {
		boolean more = rows.size() > size;
		return new PageOf<>(List.copyOf(more ? rows.subList(0, size) : rows), page, size, -1, more);
	}

	public static <T extends Serializable> PageOf<T> counted(List<T> rows, int page, int size, long total) {
		return new PageOf<>(List.copyOf(rows), page, size, total, (long) (page + 1) * size < total);
	}

}
