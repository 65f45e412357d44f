package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.files.FileStorage;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * What every reader after the unit (the secretariat, the jury) sees of a submitted dossier: its answers to the
 * award's questions and its files. A dossier that was never submitted is the unit's own and is never found here.
 */
@Component
class SubmittedDossiers {

	private final NominationRepository nominations;

	private final NominationAttachmentRepository attachments;

	private final ProgramCatalog program;

	private final FileStorage files;

	SubmittedDossiers(NominationRepository nominations, NominationAttachmentRepository attachments,
			ProgramCatalog program, FileStorage files) {
		this.nominations = nominations;
		this.attachments = attachments;
		this.program = program;
		this.files = files;
	}

	Nomination load(long id) {
		return nominations.findById(id).filter(n -> n.getStatus() != NominationStatus.DRAFT)
			.orElseThrow(NotFoundException::new);
	}

	List<DossierView.FileInfo> files(long id) {
		return attachments.findByNominationIdOrderByUploadedAtAscIdAsc(id).stream().map(SubmittedDossiers::info)
			.toList();
	}

	/** Every question of the dossier's award with the answer and the files given for it. */
	List<DossierView.Answer> answers(Nomination n, List<DossierView.FileInfo> fileInfos) {
		return program.questions(n.getAwardId()).stream()
			.map(q -> new DossierView.Answer(q, n.answer(q.id()),
					fileInfos.stream().filter(f -> Objects.equals(f.questionId(), q.id())).toList()))
			.toList();
	}

	static DossierView.FileInfo info(NominationAttachment a) {
		return new DossierView.FileInfo(a.getId(), a.getQuestionId(), a.getDisplayName(), a.getKind().name(),
				a.getSizeBytes(), a.getSha256(), a.getUploadedAt());
	}

	/** One file of the dossier; NotFoundException when it is another dossier's. */
	NominationAttachment attachment(long id, long fileId) {
		Nomination n = load(id);
		return attachments.findById(fileId).filter(a -> a.getNominationId() == n.getId())
			.orElseThrow(NotFoundException::new);
	}

	InputStream open(long id, long fileId) throws IOException {
		return files.open(attachment(id, fileId).getStorageKey());
	}

}
