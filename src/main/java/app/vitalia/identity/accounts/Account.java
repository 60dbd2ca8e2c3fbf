package app.vitalia.identity.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.Role;
import app.vitalia.platform.AssignedIdEntity;

@Entity
@Table(name = "identity_account")
public class Account extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String locale;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "email_verified_at")
	private @Nullable Instant emailVerifiedAt;

	@Column(name = "token_version", nullable = false)
	private int tokenVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	private Account(String email, @Nullable String passwordHash, String displayName, String locale, Set<Role> roles,
			Instant now) {
		this.id = UUID.randomUUID();
		this.email = normalize(email);
		this.passwordHash = passwordHash;
		this.displayName = displayName.strip();
		this.locale = locale;
		this.roles.addAll(roles);
		this.createdAt = now;
	}

	public static Account register(String email, @Nullable String passwordHash, String displayName, String locale,
			Instant now) {
		return new Account(email, passwordHash, displayName, locale, EnumSet.of(Role.MEMBER), now);
	}

	public static Account withRoles(String email, @Nullable String passwordHash, String displayName, String locale,
			Set<Role> roles, Instant now) {
		return new Account(email, passwordHash, displayName, locale, roles, now);
	}

	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Marks the address as proven; idempotent.
	 */
	public void verifyEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	/**
	 * Sets a new password and invalidates every token issued before.
	 */
	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.tokenVersion++;
	}

	public void grant(Role role) {
		this.roles.add(role);
	}

	/** Returns whether the name actually changed. */
	public boolean rename(String displayName) {
		String stripped = displayName.strip();
		if (stripped.equals(this.displayName)) {
			return false;
		}
		this.displayName = stripped;
		return true;
	}

	/** Returns whether the language actually changed. */
	public boolean useLocale(String locale) {
		boolean changed = !locale.equals(this.locale);
		this.locale = locale;
		return changed;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public AccountSnapshot snapshot() {
		return new AccountSnapshot(this.id, this.email, this.displayName, Set.copyOf(this.roles),
				this.emailVerifiedAt != null, this.locale, this.tokenVersion);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public @Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getLocale() {
		return this.locale;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public int getTokenVersion() {
		return this.tokenVersion;
	}

}
