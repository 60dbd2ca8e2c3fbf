package app.vitalia.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dev outbox: mail the embedded mode "sent", newest first. Admins only.
 */
@Tag(name = "Admin: outbox", description = "Emails the application sent or would have sent")
@RestController
class OutboxController {

	public record OutboxEntry(UUID id, String to, String subject, String body, Instant createdAt) {
	}

	public record OutboxPage(List<OutboxEntry> content, int page, int size, long totalElements) {
	}

	private final OutboxMessages messages;

	public OutboxController(OutboxMessages messages) {
		this.messages = messages;
	}

	@Operation(summary = "Emails the application sent, newest first, to everyone or to one address (admins)")
	@GetMapping("/api/admin/outbox")
	public OutboxPage outbox(@RequestParam(required = false) @Size(max = 254) @Nullable String to,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
		Page<OutboxMessage> found = to == null || to.isBlank()
				? this.messages.findByStatus(OutboxMessages.DEV_OUTBOX, request)
				: this.messages.findByStatusAndRecipientIgnoreCase(OutboxMessages.DEV_OUTBOX, to.strip(), request);
		return new OutboxPage(found
			.map(m -> new OutboxEntry(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getCreatedAt()))
			.getContent(), page, size, found.getTotalElements());
	}

}
