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
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * INTERIM (results branch, per CONTRACT.md): the part of {@link DossierContent} the results module needs until the
 * seams branch's implementation is merged; the lead deletes this file then. Answers and files are not read here.
 */
@Component
@Transactional(readOnly = true)
class InterimJuryFacade implements DossierContent {

	private static final String CANDIDATES = """
			select n.id, n.reference_code, n.edition_id, n.award_id, n.status, n.kind, u.id unit_id, u.name unit_name,
			       u.tax_code, n.nominee_name, n.nominee_email, n.nominee_organisation, n.created_by,
			       array(select m.user_id from unit_member m where m.unit_id = u.id order by m.user_id) members,
			       array(select distinct lower(split_part(a.email, '@', 2)) from unit_member m
			             join app_user a on a.id = m.user_id where m.unit_id = u.id) domains
			from nomination n join unit u on u.id = n.unit_id
			""";

	private final JdbcClient jdbc;

	InterimJuryFacade(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
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
	public List<Candidate> candidates(Collection<Long> nominationIds) {
		if (nominationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CANDIDATES + " where n.id in (:ids) order by n.reference_code").param("ids", nominationIds)
			.query(InterimJuryFacade::candidate).list();
	}

	@Override
	public JuryDossier forJury(long nominationId) {
		return jdbc.sql("""
				select n.id, n.reference_code, n.title, n.kind, n.status, n.nominee_type, n.nominee_name,
				       n.nominee_position, n.nominee_organisation, u.id unit_id, u.name, u.name_en, u.unit_type,
				       u.province_code, p.name_vi, p.name_en province_en, u.tax_code, u.website
				from nomination n join unit u on u.id = n.unit_id join province p on p.code = u.province_code
				where n.id = ?""").param(nominationId)
			.query((rs, i) -> new JuryDossier(rs.getLong("id"), rs.getString("reference_code"), null,
					rs.getString("title"), NominationKind.valueOf(rs.getString("kind")),
					NominationStatus.valueOf(rs.getString("status")),
					new PublicNominee(UnitType.valueOf(rs.getString("nominee_type")), rs.getString("nominee_name"),
							rs.getString("nominee_position"), rs.getString("nominee_organisation")),
					new PublicUnit(rs.getLong("unit_id"), rs.getString("name"), rs.getString("name_en"),
							UnitType.valueOf(rs.getString("unit_type")), rs.getString("province_code"),
							rs.getString("name_vi"), rs.getString("province_en"), rs.getString("tax_code"),
							rs.getString("website")),
					List.of(), List.of()))
			.optional().orElseThrow(NotFoundException::new);
	}

	@Override
	public DossierView.FileInfo file(long nominationId, long fileId) {
		throw new UnsupportedOperationException("interim: files are read through the seams implementation");
	}

	@Override
	public InputStream open(long nominationId, long fileId) throws IOException {
		throw new UnsupportedOperationException("interim: files are read through the seams implementation");
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		return new Candidate(rs.getLong("id"), rs.getString("reference_code"), rs.getLong("edition_id"),
				rs.getLong("award_id"), NominationStatus.valueOf(rs.getString("status")), false,
				NominationKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("tax_code"), rs.getString("nominee_name"), rs.getString("nominee_email"),
				rs.getString("nominee_organisation"), rs.getLong("created_by"), longs(rs.getArray("members")),
				strings(rs.getArray("domains")));
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
