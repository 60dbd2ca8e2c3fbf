package app.vitalia.platform.storage;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import app.vitalia.platform.ObjectStorage.ObjectStored;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives uploads to local storage through the URLs {@link LocalStorage} signs, and
 * raises {@link ObjectStored} as an S3 notification would. Outside {@code /api}: the URL
 * is the authorisation, and the body is raw bytes past the JSON size limit.
 */
@RestController
@ConditionalOnProperty(name = "vitalia.storage.type", havingValue = "local", matchIfMissing = true)
@Tag(name = "Storage")
class LocalUploadController {

	private final LocalStorage storage;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	LocalUploadController(LocalStorage storage, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.storage = storage;
		this.events = events;
		this.transactions = transactions;
	}

	@Operation(summary = "Upload one object to a signed local upload URL")
	@PutMapping(LocalStorage.PATH)
	ResponseEntity<Void> upload(@RequestParam String key, @RequestParam String type, @RequestParam long max,
			@RequestParam long expires, @RequestParam String sig, HttpServletRequest request) throws IOException {
		ObjectStored stored = this.storage.accept(key, type, max, expires, sig, request.getContentType(),
				request.getContentLengthLong(), request.getInputStream());
		// in a transaction, so listeners run from the event publication registry
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(stored));
		return ResponseEntity.ok().build();
	}

}
