package app.vitalia.nutrition.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.nutrition.catalog.ImportSummary;
import app.vitalia.platform.DomainException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Admin uploads of food data sets, imported one at a time in the background. The upload
 * is checked before it is accepted (a zip with the files of its layout); the import
 * itself is one transaction, so a failure leaves the catalog as it was.
 */
@Service
class FoodImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FoodImports.class);

	static final List<String> SR28_FILES = List.of("FOOD_DES.txt", "NUT_DATA.txt", "WEIGHT.txt", "FD_GROUP.txt");

	static final List<String> FDC_FILES = List.of("food.csv", "nutrient.csv", "food_nutrient.csv", "food_portion.csv",
			"measure_unit.csv");

	private final FoodImportJobRepository jobs;

	private final DataSetImport dataSetImport;

	private final TransactionTemplate transactions;

	private final TransactionTemplate separateTransactions;

	private final Clock clock;

	private final Path directory;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "food-import");
		thread.setDaemon(true);
		return thread;
	});

	private final long maxUploadBytes;

	FoodImports(FoodImportJobRepository jobs, DataSetImport dataSetImport,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${vitalia.nutrition.import-directory:./data/food-imports}") Path directory,
			FoodImportProperties properties) {
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
		this.jobs = jobs;
		this.dataSetImport = dataSetImport;
		this.transactions = new TransactionTemplate(transactionManager);
		this.separateTransactions = new TransactionTemplate(transactionManager);
		this.separateTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.directory = directory;
	}

	FoodImportJob start(ImportFormat format, InputStream upload, UUID requestedBy) {
		UUID id = UUID.randomUUID();
		Path file = store(id, upload);
		try (FoodFiles files = FoodFiles.zip(file)) {
			for (String required : format == ImportFormat.SR28 ? SR28_FILES : FDC_FILES) {
				if (!files.has(required)) {
					throw new DomainException(DomainException.Kind.UNPROCESSABLE, "IMPORT_FILE_MISSING",
							"The zip has no " + required + " for the " + format.label() + " layout");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "IMPORT_NOT_A_ZIP",
					"The upload is not a readable zip archive");
		}
		FoodImportJob job = this.transactions.execute(status -> {
			FoodImportJob saved = this.jobs
				.save(new FoodImportJob(id, format, file.toString(), requestedBy, this.clock.instant()));
			afterCommit(() -> submit(id));
			return saved;
		});
		return job;
	}

	FoodImportJob find(UUID id) {
		return this.jobs.findById(id)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "IMPORT_NOT_FOUND",
					"The import was not found"));
	}

	Page<FoodImportJob> list(int page, int size) {
		return this.jobs.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
	}

	/** Picks up imports a stopped instance left queued or running. */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		this.transactions.executeWithoutResult(status -> this.jobs.requeueInterrupted());
		this.jobs.findByStatusIn(List.of(FoodImportJob.Status.QUEUED)).forEach(job -> submit(job.getId()));
	}

	private void submit(UUID id) {
		this.worker.submit(() -> run(id));
	}

	void run(UUID id) {
		Integer claimed = this.transactions.execute(status -> this.jobs.claim(id, this.clock.instant()));
		if (claimed == null || claimed == 0) {
			return;
		}
		FoodImportJob job = this.jobs.findById(id).orElseThrow();
		Path file = job.getFilePath() == null ? null : Path.of(job.getFilePath());
		try {
			if (file == null || !Files.exists(file)) {
				throw new DomainException(DomainException.Kind.GONE, "IMPORT_UPLOAD_LOST",
						"The uploaded file is gone; upload it again");
			}
			ImportSummary summary;
			try (FoodFiles files = FoodFiles.zip(file)) {
				summary = this.dataSetImport.run(files, job.getFormat(), new Progress(id));
			}
			finish(id, stored -> stored.succeeded(summary, this.clock.instant()));
			log.info("Food import {} ({}): {}", id, job.getFormat().label(), summary);
		}
		catch (DomainException ex) {
			finish(id, stored -> stored.failed(ex.getMessage(), this.clock.instant()));
		}
		catch (Exception ex) {
			log.error("Food import {} failed", id, ex);
			finish(id, stored -> stored.failed("The import failed: " + ex.getClass().getSimpleName(),
					this.clock.instant()));
		}
		finally {
			if (file != null) {
				delete(file);
			}
		}
	}

	private final class Progress implements DataSetImport.Progress {

		private final UUID id;

		private long total;

		Progress(UUID id) {
			this.id = id;
		}

		@Override
		public void total(long foods) {
			this.total = foods;
			done(0);
		}

		@Override
		public void done(long foods) {
			// progress is committed on its own while the import's transaction is still
			// open
			FoodImports.this.separateTransactions
				.executeWithoutResult(status -> FoodImports.this.jobs.progress(this.id, this.total, foods));
		}

	}

	private void finish(UUID id, java.util.function.Consumer<FoodImportJob> change) {
		this.transactions.executeWithoutResult(status -> change.accept(this.jobs.findById(id).orElseThrow()));
	}

	/**
	 * Streams the upload to a temporary file and moves it in place once complete, so a
	 * failed or oversized upload leaves nothing behind.
	 */
	private Path store(UUID id, InputStream upload) {
		Path partial = null;
		try {
			Files.createDirectories(this.directory);
			partial = Files.createTempFile(this.directory, id.toString(), ".part");
			long written;
			try (OutputStream out = Files.newOutputStream(partial)) {
				written = copy(upload, out, this.maxUploadBytes);
			}
			if (written > this.maxUploadBytes) {
				throw new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
						"The upload is larger than " + this.maxUploadBytes + " bytes");
			}
			Path file = this.directory.resolve(id + ".zip");
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			return file;
		}
		catch (IOException ex) {
			delete(partial);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(partial);
			throw ex;
		}
	}

	/**
	 * Copies until the end or until one byte past {@code limit}; returns the bytes
	 * copied.
	 */
	private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total <= limit && (read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	private static void delete(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
