package app.vitalia.nutrition.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.platform.UploadLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins upload USDA data sets (a zip of SR28 ASCII or FoodData Central CSV files),
 * follow the background import and list past ones. Admins only ({@code /api/admin/**}).
 */
@RestController
@RequestMapping(FoodImportController.PATH)
class FoodImportController {

	static final String PATH = "/api/admin/foods/imports";

	private final FoodImports imports;

	FoodImportController(FoodImports imports) {
		this.imports = imports;
	}

	@Configuration(proxyBeanMethods = false)
	static class Uploads {

		/** Only this endpoint takes uploads past the global multipart limit. */
		@Bean
		UploadLimit foodImportUploads(FoodImportProperties properties) {
			return new UploadLimit(PATH, properties.maxUploadSize());
		}

	}

	record ImportView(UUID id, String format, FoodImportJob.Status status, long rowsDone, long rowsTotal,
			@Nullable Integer foods, @Nullable Long nutrientValues, @Nullable Integer portions, @Nullable String error,
			Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

		static ImportView of(FoodImportJob job) {
			return new ImportView(job.getId(), job.getFormat().label(), job.getStatus(), job.getRowsDone(),
					job.getRowsTotal(), job.getFoods(), job.getNutrientValues(), job.getPortions(), job.getError(),
					job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt());
		}

	}

	record ImportPage(List<ImportView> content, int page, int size, long totalElements) {
	}

	/** Past and running imports, newest first. */
	@GetMapping
	ImportPage list(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		Page<FoodImportJob> found = this.imports.list(page, size);
		return new ImportPage(found.map(ImportView::of).getContent(), page, size, found.getTotalElements());
	}

	@PostMapping
	ResponseEntity<ImportView> start(CurrentUser user, @RequestParam String format,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		ImportFormat importFormat = ImportFormat.parse(format);
		if (file == null || file.isEmpty()) {
			throw DomainException.invalid("file", "FILE_REQUIRED", "Upload the data set as a zip in the 'file' part");
		}
		FoodImportJob job;
		try (InputStream upload = file.getInputStream()) {
			job = this.imports.start(importFormat, upload, user.id());
		}
		return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.getId())).body(ImportView.of(job));
	}

	@GetMapping("/{id}")
	ImportView status(@PathVariable UUID id) {
		return ImportView.of(this.imports.find(id));
	}

}
