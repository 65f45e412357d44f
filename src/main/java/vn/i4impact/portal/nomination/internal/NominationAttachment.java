package vn.i4impact.portal.nomination.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.i4impact.portal.nomination.internal.files.AttachmentKind;

/** A file of a dossier: the record is written only after the file is completely stored. */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private Long questionId;

	private String storageKey;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private AttachmentKind kind;

	private long sizeBytes;

	private String sha256;

	private long uploadedBy;

	private Instant uploadedAt;

	protected NominationAttachment() {
	}

	NominationAttachment(long nominationId, Long questionId, String storageKey, String displayName, AttachmentKind kind,
			long sizeBytes, String sha256, long uploadedBy, Instant uploadedAt) {
		this.nominationId = nominationId;
		this.questionId = questionId;
		this.storageKey = storageKey;
		this.displayName = displayName;
		this.kind = kind;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public long getNominationId() {
		return nominationId;
	}

	public Long getQuestionId() {
		return questionId;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getDisplayName() {
		return displayName;
	}

	public AttachmentKind getKind() {
		return kind;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}
