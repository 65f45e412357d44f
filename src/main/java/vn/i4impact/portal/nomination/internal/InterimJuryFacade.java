package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.Screening;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * INTERIM (jury branch, issue 14): stands in for the seams branch's implementation of {@link DossierContent} and the
 * jury's methods of {@link DossierLifecycle} until the merge, when the lead deletes this file. The lock records no
 * state here (the seams branch adds {@code nomination.jury_locked_at}): it only refuses a dossier that is not ELIGIBLE,
 * and {@code juryLocked} is reported false. Jury tests assume nothing more than that.
 */
@Component
class InterimJuryFacade implements DossierContent, DossierLifecycle {

	private static final String CANDIDATES = """
			select n.id, n.reference_code, n.edition_id, n.award_id, n.status, n.kind, n.unit_id, u.name, u.tax_code,
			       n.nominee_name, n.nominee_email, n.nominee_organisation, n.created_by,
			       array(select m.user_id from unit_member m where m.unit_id = n.unit_id order by m.user_id) member_ids,
			       array(select distinct lower(split_part(a.email, '@', 2)) from unit_member m
			             join app_user a on a.id = m.user_id where m.unit_id = n.unit_id) domains
			from nomination n join unit u on u.id = n.unit_id
			""";

	private final JdbcClient jdbc;

	private final Screening screening;

	InterimJuryFacade(JdbcClient jdbc, Screening screening) {
		this.jdbc = jdbc;
		this.screening = screening;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> candidates(long editionId, Set<NominationStatus> statuses) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATES + " where n.edition_id = :edition and n.status in (:statuses) order by n.reference_code")
			.param("edition", editionId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(InterimJuryFacade::candidate).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Collection<Long> nominationIds) {
		if (nominationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATES + " where n.id in (:ids) order by n.reference_code").param("ids", nominationIds)
			.query(InterimJuryFacade::candidate).list();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		return new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
				NominationStatus.valueOf(rs.getString(5)), false, NominationKind.valueOf(rs.getString(6)),
				rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getLong(13), Arrays.asList((Long[]) array(rs.getArray(14))),
				Arrays.asList((String[]) array(rs.getArray(15))));
	}

	private static Object array(Array array) throws SQLException {
		return array.getArray();
	}

	@Override
	@Transactional(readOnly = true)
	public JuryDossier forJury(long nominationId) {
		DossierView d = screening.dossier(nominationId);
		DossierView.UnitProfile u = d.unit();
		return new JuryDossier(d.id(), d.referenceCode(), d.award(), d.title(), d.kind(), d.status(),
				new PublicNominee(d.nominee().type(), d.nominee().name(), d.nominee().position(),
						d.nominee().organisation()),
				new PublicUnit(u.id(), u.name(), u.nameEn(), u.type(), u.provinceCode(), u.provinceVi(), u.provinceEn(),
						u.taxCode(), u.website()),
				d.answers(), d.files());
	}

	@Override
	public DossierView.FileInfo file(long nominationId, long fileId) {
		return screening.file(nominationId, fileId);
	}

	@Override
	public InputStream open(long nominationId, long fileId) throws IOException {
		return screening.open(nominationId, fileId);
	}

	@Override
	@Transactional
	public void lockForJury(long nominationId, long actorId) {
		String status = jdbc.sql("select status from nomination where id = ? for update").param(nominationId)
			.query(String.class).optional().orElseThrow(NotFoundException::new);
		if (!NominationStatus.ELIGIBLE.name().equals(status)) {
			throw new DomainException("jury.lock.notEligible");
		}
	}

	@Override
	public void unlockForJury(long nominationId, String reason, long actorId) {
		// interim: nothing is locked here
	}

	@Override
	public void shortlist(long nominationId, boolean shortlisted, String note, long actorId) {
		throw new UnsupportedOperationException("provided by the seams branch");
	}

	@Override
	public void honour(long nominationId, boolean honoured, String note, long actorId) {
		throw new UnsupportedOperationException("provided by the seams branch");
	}

}
