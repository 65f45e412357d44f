package vn.i4impact.portal.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.shared.UnitType;

/** What later modules read of a dossier. */
public interface DossierContent {

    /** The edition's dossiers in the given statuses with what conflict detection needs, ordered by reference code. */
    List<Candidate> candidates(long editionId, Set<NominationStatus> statuses);

    /** The same for given ids (any status), for example to re-check conflicts of one dossier. */
    List<Candidate> candidates(Collection<Long> nominationIds);

    /**
     * @param juryLocked      locked for the jury (see DossierLifecycle.lockForJury)
     * @param createdBy       the account that started the dossier (a juror who nominated it is conflicted)
     * @param memberUserIds   accounts of the unit (a juror who is a member is conflicted)
     * @param memberEmailDomains lower-case e-mail domains of the unit's accounts (never the addresses)
     */
    record Candidate(long id, String referenceCode, long editionId, long awardId, NominationStatus status,
            boolean juryLocked, NominationKind kind, long unitId, String unitName, String unitTaxCode,
            String nomineeName, String nomineeEmail, String nomineeOrganisation, long createdBy,
            List<Long> memberUserIds, List<String> memberEmailDomains) {}

    /** A dossier as a juror reads it: answers, files, nominee (no e-mail, no phone), the unit's public profile;
     *  never the members' e-mails, internal notes or decisions.
     *  @throws NotFoundException (shared.web) for an unknown id */
    JuryDossier forJury(long nominationId);

    record JuryDossier(long id, String referenceCode, AwardInfo award, String title, NominationKind kind,
            NominationStatus status, PublicNominee nominee, PublicUnit unit,
            List<DossierView.Answer> answers, List<DossierView.FileInfo> files) {}

    record PublicNominee(UnitType type, String name, String position, String organisation) {}

    record PublicUnit(long id, String name, String nameEn, UnitType type, String provinceCode, String provinceVi,
            String provinceEn, String taxCode, String website) {}

    /** One attachment of the dossier; NotFoundException when the file is not the dossier's. */
    DossierView.FileInfo file(long nominationId, long fileId);

    InputStream open(long nominationId, long fileId) throws IOException;
}
