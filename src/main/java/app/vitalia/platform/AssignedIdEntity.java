package app.vitalia.platform;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of entities whose UUID is assigned by the application. Spring Data takes an entity
 * with an id for an existing one and merges it, which costs a SELECT before every INSERT;
 * these entities know whether they were loaded or stored, so a new one is persisted
 * directly.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Transient
	private boolean stored;

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

}
