package app.vitalia.nutrition.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.vitalia.nutrition.catalog.ImportSummary;
import app.vitalia.platform.Command;
import app.vitalia.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * {@code import-foods --format=sr28|fdc-csv DIR}: imports a USDA data set from a
 * directory (or a zip file) and prints what it wrote.
 */
@Component
class ImportFoodsCommand implements Command {

	private final DataSetImport dataSetImport;

	private final PrintStream out = System.out;

	ImportFoodsCommand(DataSetImport dataSetImport) {
		this.dataSetImport = dataSetImport;
	}

	@Override
	public String name() {
		return "import-foods";
	}

	@Override
	public String description() {
		return "--format=sr28|fdc-csv DIR  import USDA foods (SR28 ASCII or FoodData Central CSV); re-running updates";
	}

	@Override
	public int run(List<String> args) throws Exception {
		ImportFormat format = null;
		Path location = null;
		for (String arg : args) {
			if (arg.startsWith("--format=")) {
				format = parseFormat(arg.substring("--format=".length()));
			}
			else if (!arg.startsWith("--")) {
				location = Path.of(arg);
			}
		}
		if (format == null || location == null) {
			throw new IllegalArgumentException("usage: import-foods --format=sr28|fdc-csv DIR");
		}
		if (!Files.exists(location)) {
			throw new IllegalArgumentException(location + " does not exist");
		}
		try (FoodFiles files = Files.isDirectory(location) ? FoodFiles.directory(location) : FoodFiles.zip(location)) {
			ImportSummary summary = this.dataSetImport.run(files, format, new DataSetImport.Progress() {
				@Override
				public void total(long foods) {
					ImportFoodsCommand.this.out.println("Read " + foods + " foods, writing...");
				}

				@Override
				public void done(long foods) {
				}
			});
			this.out.println("Imported " + format.label() + " from " + location + ": " + summary);
			return 0;
		}
		catch (DomainException ex) {
			this.out.println("Import failed, nothing was written: " + ex.getMessage());
			return 1;
		}
	}

	private static ImportFormat parseFormat(String text) {
		try {
			return ImportFormat.parse(text);
		}
		catch (DomainException ex) {
			throw new IllegalArgumentException("--format must be sr28 or fdc-csv");
		}
	}

}
