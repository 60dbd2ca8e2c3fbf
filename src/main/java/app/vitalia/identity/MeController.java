package app.vitalia.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AuthController.AccountResponse;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.passwords.PasswordChanges;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OneLine;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account: who am I, rename, language, password.
 */
@Tag(name = "Account", description = "The signed-in account")
@RestController
class MeController {

	record AccountChanges(@Nullable @Size(min = 1, max = 100) @OneLine String displayName,
			@Nullable @Pattern(regexp = "es|en") String locale) {
	}

	record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
			@NotBlank @Size(max = 1024) String newPassword) {
	}

	private final AccountSnapshots snapshots;

	private final AccountSettings settings;

	private final PasswordChanges passwordChanges;

	MeController(AccountSnapshots snapshots, AccountSettings settings, PasswordChanges passwordChanges) {
		this.snapshots = snapshots;
		this.settings = settings;
		this.passwordChanges = passwordChanges;
	}

	@Operation(summary = "The signed-in account: id, email, name, roles, language")
	@GetMapping("/api/me")
	AccountResponse me(CurrentUser user) {
		AccountSnapshot account = this.snapshots.find(user.id());
		if (account == null) {
			throw DomainException.notFound("The account");
		}
		return AccountResponse.of(account);
	}

	@Operation(summary = "Change the account's name or language")
	@PatchMapping("/api/me")
	AccountResponse change(CurrentUser user, @Valid @RequestBody AccountChanges changes) {
		return AccountResponse.of(this.settings.change(user.id(), changes.displayName(), changes.locale()));
	}

	@Operation(summary = "Change the password (signs out every other session)")
	@PostMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(CurrentUser user, @Valid @RequestBody PasswordChange change) {
		this.passwordChanges.change(user.id(), change.currentPassword(), change.newPassword());
	}

}
