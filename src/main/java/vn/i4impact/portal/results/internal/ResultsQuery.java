package vn.i4impact.portal.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.shared.UnitType;

/** The results as the pages read them, in SQL over the results tables (and the program's names). */
@Component
@Transactional(readOnly = true)
public class ResultsQuery {

	public record EditionResults(long id, String code, int year, String nameVi, String nameEn, String shortName,
			boolean current, Publication publication, Integer dossierCount, Integer honouredCount, Instant ceremonyAt) {

		public boolean published(Instant now) {
			return publication.published(now);
		}

	}

	public record Honouree(long id, String reference, long awardId, String awardCode, String awardVi, String awardEn,
			String categoryCode, String categoryVi, String categoryEn, String unitName, String nomineeName,
			String provinceCode, String provinceVi, String provinceEn, UnitType unitType, NominationKind kind,
			String citationVi, String citationEn, String source, Long nominationId, Long unitId) {

		/** Who is honoured: the nominee (a unit applying for itself is its own nominee). */
		public String honoured() {
			return nomineeName;
		}

	}

	/** A live reveal under way or done: its version (changes at each step) and the awards revealed so far. */
	public record Live(long version, Set<Long> revealed) {
	}

	public record CategoryCount(String code, String nameVi, String nameEn, long count) {
	}

	/** Filters of the public list; null means any. */
	public record Filter(String province, UnitType type) {

		public static final Filter NONE = new Filter(null, null);

	}

	private static final String EDITION = """
			select e.id, e.code, e.year, e.name_vi, e.name_en, e.short_name, e.is_current, r.publish_at,
			       r.dossier_count, r.honoured_count,
			       (select p.starts_at from edition_phase p where p.edition_id = e.id and p.kind = 'CEREMONY') ceremony_at
			from edition e left join results_edition r on r.edition_id = e.id
			where e.status <> 'DRAFT'
			""";

	private static final String HONOUREE = """
			select h.id, h.reference_code, h.award_id, a.code award_code, a.name_vi award_vi, a.name_en award_en,
			       c.code category_code, c.name_vi category_vi, c.name_en category_en, h.unit_name, h.nominee_name,
			       h.province_code, p.name_vi province_vi, p.name_en province_en, h.unit_type, h.kind,
			       h.citation_vi, h.citation_en, h.source, h.nomination_id, h.unit_id
			from results_honouree h
			join award a on a.id = h.award_id
			join category c on c.id = a.category_id
			left join province p on p.code = h.province_code
			""";

	private final JdbcClient jdbc;

	ResultsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<EditionResults> edition(String code) {
		return jdbc.sql(EDITION + " and e.code = ?").param(code).query(ResultsQuery::edition).optional();
	}

	public Optional<EditionResults> edition(long id) {
		return jdbc.sql(EDITION + " and e.id = ?").param(id).query(ResultsQuery::edition).optional();
	}

	public Optional<EditionResults> current() {
		return jdbc.sql(EDITION + " and e.is_current").query(ResultsQuery::edition).optional();
	}

	/** Editions whose results are published at {@code now}, newest first (the archive list). */
	public List<EditionResults> published(Instant now) {
		return jdbc.sql(EDITION + " and r.publish_at <= ? order by e.year desc, e.id desc")
			.param(Timestamp.from(now)).query(ResultsQuery::edition).list();
	}

	public List<Honouree> honourees(long editionId, Filter filter) {
		return jdbc.sql(HONOUREE + """
				where h.edition_id = :edition
				  and (cast(:province as varchar) is null or h.province_code = :province)
				  and (cast(:type as varchar) is null or h.unit_type = :type)
				order by c.sort_order, a.sort_order, h.nominee_name, h.id""")
			.param("edition", editionId)
			.param("province", filter.province())
			.param("type", filter.type() == null ? null : filter.type().name())
			.query(ResultsQuery::honouree).list();
	}

	public Optional<Honouree> honouree(long editionId, String reference) {
		return jdbc.sql(HONOUREE + " where h.edition_id = ? and h.reference_code = ?").params(editionId, reference)
			.query(ResultsQuery::honouree).optional();
	}

	public Optional<Honouree> honouree(long id) {
		return jdbc.sql(HONOUREE + " where h.id = ?").param(id).query(ResultsQuery::honouree).optional();
	}

	/** The edition's live reveal, if one was started. */
	public Optional<Live> live(long editionId) {
		return jdbc.sql("""
				select c.version, array(select r.award_id from results_reveal r where r.edition_id = c.edition_id)
				from results_ceremony c where c.edition_id = ?""").param(editionId)
			.query((rs, i) -> new Live(rs.getLong(1), Set.of((Long[]) rs.getArray(2).getArray()))).optional();
	}

	/** Honourees per category of the edition (every category, zero included), in the program's order. */
	public List<CategoryCount> countsByCategory(long editionId) {
		return jdbc.sql("""
				select c.code, c.name_vi, c.name_en, count(h.id)
				from category c
				left join award a on a.category_id = c.id
				left join results_honouree h on h.award_id = a.id
				where c.edition_id = ?
				group by c.id, c.code, c.name_vi, c.name_en, c.sort_order
				order by c.sort_order""").param(editionId)
			.query((rs, i) -> new CategoryCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The provinces that occur among the edition's honourees, for the filter. */
	public List<String[]> provinces(long editionId) {
		return jdbc.sql("""
				select distinct p.code, p.name_vi, p.name_en, p.sort_order from results_honouree h
				join province p on p.code = h.province_code where h.edition_id = ? order by p.sort_order""")
			.param(editionId)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
	}

	/** The honourees of a unit's dossiers (for its own page), whatever the publication: the caller checks it. */
	public List<Honouree> forNominations(List<Long> nominationIds) {
		if (nominationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(HONOUREE + " where h.nomination_id in (:ids)").param("ids", nominationIds)
			.query(ResultsQuery::honouree).list();
	}

	private static EditionResults edition(ResultSet rs, int row) throws SQLException {
		Timestamp publishAt = rs.getTimestamp("publish_at");
		Timestamp ceremony = rs.getTimestamp("ceremony_at");
		return new EditionResults(rs.getLong("id"), rs.getString("code"), rs.getInt("year"), rs.getString("name_vi"),
				rs.getString("name_en"), rs.getString("short_name"), rs.getBoolean("is_current"),
				new Publication(publishAt == null ? null : publishAt.toInstant()),
				(Integer) rs.getObject("dossier_count"), (Integer) rs.getObject("honoured_count"),
				ceremony == null ? null : ceremony.toInstant());
	}

	private static Honouree honouree(ResultSet rs, int row) throws SQLException {
		return new Honouree(rs.getLong("id"), rs.getString("reference_code"), rs.getLong("award_id"),
				rs.getString("award_code"), rs.getString("award_vi"), rs.getString("award_en"),
				rs.getString("category_code"), rs.getString("category_vi"), rs.getString("category_en"),
				rs.getString("unit_name"), rs.getString("nominee_name"), rs.getString("province_code"),
				rs.getString("province_vi"), rs.getString("province_en"), UnitType.valueOf(rs.getString("unit_type")),
				NominationKind.valueOf(rs.getString("kind")), rs.getString("citation_vi"), rs.getString("citation_en"),
				rs.getString("source"), (Long) rs.getObject("nomination_id"), (Long) rs.getObject("unit_id"));
	}

}
