package app.vitalia.nutrition.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import app.vitalia.nutrition.catalog.FoodCatalogWriter;
import app.vitalia.nutrition.catalog.ImportSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one food data set (USDA SR28 or FoodData Central CSV files) into the catalog in
 * one transaction: either every food is written or none is. The import command runs it
 * directly; {@link FoodImports} runs admin uploads through it in the background.
 */
@Component
class DataSetImport {

	private final Sr28Reader sr28;

	private final FdcCsvReader fdcCsv;

	private final FoodCatalogWriter writer;

	DataSetImport(Sr28Reader sr28, FdcCsvReader fdcCsv, FoodCatalogWriter writer) {
		this.sr28 = sr28;
		this.fdcCsv = fdcCsv;
		this.writer = writer;
	}

	interface Progress {

		void total(long foods);

		void done(long foods);

	}

	@Transactional
	ImportSummary run(FoodFiles files, ImportFormat format, Progress progress) {
		long started = System.nanoTime();
		Sr28Reader.Result read;
		try {
			read = (format == ImportFormat.SR28) ? this.sr28.read(files) : this.fdcCsv.read(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		progress.total(read.foods().size());
		ImportSummary written = this.writer.upsert(format.source(), read.foods(), progress::done);
		return new ImportSummary(written.foods(), written.inserted(), written.updated(), written.nutrientValues(),
				written.portions(), Duration.ofNanos(System.nanoTime() - started));
	}

}
