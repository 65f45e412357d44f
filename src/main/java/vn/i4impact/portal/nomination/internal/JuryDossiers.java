package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	private record Head(long id, String referenceCode, long awardId, String title, NominationKind kind,
			NominationStatus status, PublicNominee nominee, PublicUnit unit) {
	}

	/**
	 * Read in plain SQL (the dossier with its unit, then its answers), not through the entity: a juror's page is read
	 * far more often than a dossier is changed, and the entity's load cost a third of the page's queries.
	 */
	@Override
	public JuryDossier forJury(long nominationId) {
		Head head = jdbc.sql("""
				select n.id, n.reference_code, n.award_id, n.title, n.kind, n.status, n.nominee_type, n.nominee_name,
				       n.nominee_position, n.nominee_organisation, u.id, u.name, u.name_en, u.unit_type, u.province_code,
				       p.name_vi, p.name_en, u.tax_code, u.website
				from nomination n join unit u on u.id = n.unit_id join province p on p.code = u.province_code
				where n.id = ? and n.status <> 'DRAFT'""").param(nominationId)
			.query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					NominationKind.valueOf(rs.getString(5)), NominationStatus.valueOf(rs.getString(6)),
					new PublicNominee(UnitType.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
							rs.getString(10)),
					new PublicUnit(rs.getLong(11), rs.getString(12), rs.getString(13), UnitType.valueOf(rs.getString(14)),
							rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19))))
			.optional().orElseThrow(NotFoundException::new);
		long awardId = head.awardId();
		AwardInfo award = program.award(awardId).orElseThrow(NotFoundException::new);
		Map<Long, String> values = new HashMap<>();
		jdbc.sql("select question_id, value from nomination_answer where nomination_id = ?").param(nominationId)
			.query(rs -> {
				values.put(rs.getLong(1), rs.getString(2));
			});
		List<DossierView.FileInfo> fileInfos = submitted.files(nominationId);
		List<DossierView.Answer> answers = program.questions(awardId).stream()
			.map(q -> new DossierView.Answer(q, values.get(q.id()),
					fileInfos.stream().filter(f -> Objects.equals(f.questionId(), q.id())).toList()))
			.toList();
		return new JuryDossier(head.id(), head.referenceCode(), award, head.title(), head.kind(), head.status(),
				head.nominee(), head.unit(), answers, fileInfos);
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
