package app.vitalia.platform;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows with one statement per thousand ({@code insert into t (a, b) values
 * (?, ?), (?, ?), ...}): what makes seeding a million rows take seconds, not minutes. For
 * bulk imports of demo and load-test data, and for writes that arrive together (a batch
 * of bookings, their emails); every row of a call has the same width.
 */
@Component
public class MultiRowInsert {

	static final int ROWS_PER_STATEMENT = 1000;

	private final JdbcTemplate jdbc;

	MultiRowInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts {@code rows} into {@code table}'s {@code columns} (comma-separated). */
	public void rows(String table, String columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int width = rows.get(0).length;
		String tuple = "(" + "?, ".repeat(width - 1) + "?)";
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			StringBuilder sql = new StringBuilder("insert into ").append(table)
				.append(" (")
				.append(columns)
				.append(") values ");
			Object[] args = new Object[chunk.size() * width];
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append(tuple);
				System.arraycopy(chunk.get(i), 0, args, i * width, width);
			}
			this.jdbc.update(sql.toString(), args);
		}
	}

}
