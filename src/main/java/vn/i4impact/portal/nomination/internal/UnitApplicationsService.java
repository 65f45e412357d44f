package vn.i4impact.portal.nomination.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.nomination.internal.files.FileStorage;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/** {@link UnitApplications} on the unit's own service: nothing here that the unit's screens do not also do. */
@Service
class UnitApplicationsService implements UnitApplications {

	private final NominationService nominations;

	private final DossierFiles files;

	private final Accounts accounts;

	UnitApplicationsService(NominationService nominations, DossierFiles files, Accounts accounts) {
		this.nominations = nominations;
		this.files = files;
		this.accounts = accounts;
	}

	@Override
	public long startSelf(long applicantId, long awardId) {
		CurrentUser me = accounts.findActive(applicantId).orElseThrow(NotFoundException::new);
		return nominations.start(me, awardId, NominationKind.SELF, nominations.selfNominee(me)).getId();
	}

	@Override
	public long startForPerson(long applicantId, long awardId, Person person) {
		CurrentUser me = accounts.findActive(applicantId).orElseThrow(NotFoundException::new);
		return nominations.start(me, awardId, NominationKind.OTHER, new Nomination.Nominee(UnitType.INDIVIDUAL,
				person.name(), person.position(), person.organisation(), person.email(), person.phone())).getId();
	}

	@Override
	public void answer(long applicantId, long dossierId, String title, Map<Long, String> answers) {
		nominations.saveDraft(applicantId, dossierId, nominations.get(applicantId, dossierId).getVersion(), title,
				answers);
	}

	@Override
	public void attach(long applicantId, long dossierId, long questionId, byte[] content, String fileName) {
		try {
			files.attach(applicantId, dossierId, questionId, new ByteArrayInputStream(content), fileName);
		}
		catch (FileStorage.RefusedException ex) {
			throw new DomainException("myNominations.file." + ex.reason().name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String submit(long applicantId, long dossierId) {
		return nominations.submit(applicantId, dossierId, nominations.get(applicantId, dossierId).getVersion());
	}

}
