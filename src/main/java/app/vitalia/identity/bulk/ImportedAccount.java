package app.vitalia.identity.bulk;

import java.util.Set;
import java.util.UUID;

import app.vitalia.identity.Role;

/**
 * One account of a bulk import (demo data): created verified, with the import's password.
 */
public record ImportedAccount(UUID id, String email, String displayName, String locale, Set<Role> roles) {
}
