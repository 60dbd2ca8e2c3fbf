package app.vitalia.nutrition.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code vitalia.nutrition.import.*}: admin uploads of food data sets. A FoodData Central
 * CSV download is a few hundred megabytes, so the upload limit is its own, not the global
 * multipart one.
 */
@ConfigurationProperties("vitalia.nutrition.import")
record FoodImportProperties(DataSize maxUploadSize) {

	FoodImportProperties {
		maxUploadSize = (maxUploadSize == null || maxUploadSize.toBytes() <= 0) ? DataSize.ofMegabytes(512)
				: maxUploadSize;
	}

}
