package vn.i4impact.portal.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity plus optimistic locking: every aggregate carries a version so concurrent edits conflict visibly. */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public boolean isNew() {
		return id == null;
	}

}
