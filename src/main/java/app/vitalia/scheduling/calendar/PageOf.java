package app.vitalia.scheduling.calendar;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list with the number of rows the whole list holds.
 */
public record PageOf<T extends Serializable>(List<T> content, int page, int size, long totalElements,
		boolean hasNext) implements Serializable {

	public static <T extends Serializable> PageOf<T> counted(List<T> rows, int page, int size, long total) {
		return new PageOf<>(List.copyOf(rows), page, size, total, (long) (page + 1) * size < total);
	}

}
