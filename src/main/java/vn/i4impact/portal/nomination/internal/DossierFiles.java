package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import vn.i4impact.portal.nomination.internal.files.AttachmentKind;
import vn.i4impact.portal.nomination.internal.files.FileNames;
import vn.i4impact.portal.nomination.internal.files.FileStorage;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * A dossier's files, for the unit's members: upload to a file question of an editable dossier, remove, read. Every id
 * goes through {@link NominationService#get}, which only finds dossiers of the caller's own unit.
 */
@Service
@Transactional
public class DossierFiles {

	private final NominationService nominations;

	private final NominationAttachmentRepository attachments;

	private final ProgramCatalog program;

	private final FileStorage files;

	private final Clock clock;

	private final long maxFileBytes;

	private final long maxTotalBytes;

	DossierFiles(NominationService nominations, NominationAttachmentRepository attachments, ProgramCatalog program,
			FileStorage files, Clock clock, @Value("${portal.files.max-file-size:20MB}") DataSize maxFile,
			@Value("${portal.files.max-per-nomination:100MB}") DataSize maxTotal) {
		this.nominations = nominations;
		this.attachments = attachments;
		this.program = program;
		this.files = files;
		this.clock = clock;
		this.maxFileBytes = maxFile.toBytes();
		this.maxTotalBytes = maxTotal.toBytes();
	}

	public long maxFileBytes() {
		return maxFileBytes;
	}

	public long maxTotalBytes() {
		return maxTotalBytes;
	}

	@Transactional(readOnly = true)
	public List<NominationAttachment> attachments(long nominationId) {
		return attachments.findByNominationIdOrderByUploadedAtAscIdAsc(nominationId);
	}

	/**
	 * Stores an uploaded file for a file question of an editable dossier. The file is streamed and checked first;
	 * the record is written only if the transaction commits, and the file is removed again if it does not.
	 */
	public NominationAttachment attach(long userId, long id, long questionId, InputStream content, String originalName)
			throws IOException, FileStorage.RefusedException {
		Nomination n = nominations.get(userId, id);
		Question q = program.questions(n.getAwardId()).stream().filter(x -> x.id() == questionId && x.kind().isFile())
			.findFirst().orElseThrow(NotFoundException::new);
		if (!n.getStatus().isEditableByUnit() || !clock.instant().isBefore(nominations.deadline(n))) {
			throw new Nomination.NotAllowedException("nomination.error.notEditable");
		}
		long room = maxTotalBytes - attachments.totalSize(n.getId());
		if (room <= 0) {
			throw new FileStorage.RefusedException(FileStorage.RefusedException.Reason.TOO_LARGE);
		}
		FileStorage.Stored stored = files.store(content, originalName, Math.min(maxFileBytes, room), allowed(q));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							files.delete(stored.key());
						}
						catch (IOException ignored) {
							// an orphan file costs disk, not correctness
						}
					}
				}
			});
		}
		return attachments.save(new NominationAttachment(n.getId(), questionId, stored.key(),
				FileNames.display(originalName, stored.kind()), stored.kind(), stored.size(), stored.sha256(), userId,
				clock.instant()));
	}

	public void removeAttachment(long userId, long id, long attachmentId) {
		Nomination n = nominations.get(userId, id);
		if (!n.getStatus().isEditableByUnit() || !clock.instant().isBefore(nominations.deadline(n))) {
			throw new Nomination.NotAllowedException("nomination.error.notEditable");
		}
		NominationAttachment a = attachments.findById(attachmentId).filter(x -> x.getNominationId() == n.getId())
			.orElseThrow(NotFoundException::new);
		attachments.delete(a);
		String key = a.getStorageKey();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					files.delete(key);
				}
				catch (IOException ignored) {
					// left on disk; harmless
				}
			}
		});
	}

	/** A file of a dossier the account may see, with a stream to send. */
	@Transactional(readOnly = true)
	public NominationAttachment attachment(long userId, long id, long attachmentId) {
		Nomination n = nominations.get(userId, id);
		return attachments.findById(attachmentId).filter(x -> x.getNominationId() == n.getId())
			.orElseThrow(NotFoundException::new);
	}

	public InputStream open(NominationAttachment a) throws IOException {
		return files.open(a.getStorageKey());
	}

	static Set<AttachmentKind> allowed(Question q) {
		Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
		for (String k : q.fileKinds() == null ? List.<String>of() : q.fileKinds()) {
			switch (k.strip().toUpperCase(Locale.ROOT)) {
				case "PDF" -> kinds.add(AttachmentKind.PDF);
				case "DOC", "DOCX" -> kinds.addAll(EnumSet.of(AttachmentKind.WORD, AttachmentKind.WORD_LEGACY));
				case "XLS", "XLSX" -> kinds.addAll(EnumSet.of(AttachmentKind.EXCEL, AttachmentKind.EXCEL_LEGACY));
				case "PPT", "PPTX" -> kinds.addAll(EnumSet.of(AttachmentKind.POWERPOINT, AttachmentKind.POWERPOINT_LEGACY));
				case "JPG", "JPEG" -> kinds.add(AttachmentKind.JPEG);
				case "PNG" -> kinds.add(AttachmentKind.PNG);
				default -> {
				}
			}
		}
		return kinds;
	}

}
