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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * What the jury and the results read of a dossier (see {@link DossierContent}). Built from the dossier's own columns
 * and the unit's public profile only: no member e-mail, no contact person, no internal note, no decision.
 */
@Service
@Transactional(readOnly = true)
class JuryDossiers implements DossierContent {

	private static final String CANDIDATE = """
			select n.id, n.reference_code, n.edition_id, n.award_id, n.status, n.jury_locked_at is not null as locked,
			       n.kind, n.unit_id, u.name as unit_name, u.tax_code, n.nominee_name, n.nominee_email,
			       n.nominee_organisation, n.created_by,
			       array(select m.user_id from unit_member m where m.unit_id = n.unit_id order by m.user_id) as members,
			       array(select distinct lower(split_part(a.email, '@', 2)) from unit_member m
			             join app_user a on a.id = m.user_id where m.unit_id = n.unit_id order by 1) as domains
			from nomination n join unit u on u.id = n.unit_id
			""";

	private static final String ORDER = " order by n.reference_code nulls last, n.id";

	private final SubmittedDossiers submitted;

	private final ProgramCatalog program;

	private final JdbcClient jdbc;

	JuryDossiers(SubmittedDossiers submitted, ProgramCatalog program, JdbcClient jdbc) {
		this.submitted = submitted;
		this.program = program;
		this.jdbc = jdbc;
	}

	@Override
	public List<Candidate> candidates(long editionId, Set<NominationStatus> statuses) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATE + " where n.edition_id = :edition and n.status in (:statuses)" + ORDER)
			.param("edition", editionId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(JuryDossiers::candidate).list();
	}

	@Override
	public List<Candidate> candidates(Collection<Long> nominationIds) {
		if (nominationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATE + " where n.id in (:ids)" + ORDER).param("ids", List.copyOf(nominationIds))
			.query(JuryDossiers::candidate).list();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		return new Candidate(rs.getLong("id"), rs.getString("reference_code"), rs.getLong("edition_id"),
				rs.getLong("award_id"), NominationStatus.valueOf(rs.getString("status")), rs.getBoolean("locked"),
				NominationKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("tax_code"), rs.getString("nominee_name"), rs.getString("nominee_email"),
				rs.getString("nominee_organisation"), rs.getLong("created_by"),
				Arrays.stream((Long[]) array(rs.getArray("members"))).toList(),
				Arrays.stream((String[]) array(rs.getArray("domains"))).filter(d -> !d.isEmpty()).toList());
	}

	private static Object[] array(Array array) throws SQLException {
		return (Object[]) array.getArray();
	}

	@Override
	public JuryDossier forJury(long nominationId) {
		Nomination n = submitted.load(nominationId);
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		List<DossierView.FileInfo> fileInfos = submitted.files(n.getId());
		List<DossierView.Answer> answers = submitted.answers(n, fileInfos);
		PublicUnit unit = jdbc.sql("""
				select u.id, u.name, u.name_en, u.unit_type, u.province_code, p.name_vi, p.name_en, u.tax_code, u.website
				from unit u join province p on p.code = u.province_code where u.id = ?""").param(n.getUnitId())
			.query((rs, i) -> new PublicUnit(rs.getLong(1), rs.getString(2), rs.getString(3),
					UnitType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9)))
			.single();
		return new JuryDossier(n.getId(), n.getReferenceCode(), award, n.getTitle(), n.getKind(), n.getStatus(),
				new PublicNominee(n.getNomineeType(), n.getNomineeName(), n.getNomineePosition(),
						n.getNomineeOrganisation()),
				unit, answers, fileInfos);
	}

	@Override
	public DossierView.FileInfo file(long nominationId, long fileId) {
		return SubmittedDossiers.info(submitted.attachment(nominationId, fileId));
	}

	@Override
	public InputStream open(long nominationId, long fileId) throws IOException {
		return submitted.open(nominationId, fileId);
	}

}
