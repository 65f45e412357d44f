package vn.i4impact.portal.jury.internal.standing;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The ranking rules of a round as the committee sets them (V120 + V130 columns of jury_round): official method,
 * ordered tie-break, disagreement threshold and cut line. They are frozen once a sheet of the round is submitted;
 * the database trigger refuses a change anyway, and that refusal is turned into the same message here.
 */
@Component
public class RulesSettings {

	/**
	 * @param cutTop      dossiers above the line per award, or null
	 * @param cutMinScore the minimum official score above the line, or null (at most one of the two is set)
	 */
	public record Settings(long roundId, long version, Method official, String tieBreak, BigDecimal threshold,
			Integer cutTop, BigDecimal cutMinScore, boolean frozen) {

		public RankingRules rules() {
			return new RankingRules(official, tieBreak, threshold.doubleValue(), cutTop);
		}

		public List<String> steps() {
			return rules().steps();
		}
	}

	private final JdbcClient jdbc;

	RulesSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Settings of(long roundId) {
		return jdbc.sql("""
				select r.id, r.version, r.official_method, r.tie_break, r.disagreement_threshold, r.cut_top,
				       r.cut_min_score,
				       exists (select 1 from jury_sheet s where s.round_id = r.id and s.submitted_at is not null)
				from jury_round r where r.id = ?""")
			.param(roundId)
			.query((rs, i) -> new Settings(rs.getLong(1), rs.getLong(2), Method.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBigDecimal(5), (Integer) rs.getObject(6), rs.getBigDecimal(7),
					rs.getBoolean(8)))
			.optional().orElseThrow(NotFoundException::new);
	}

	/** The criterion codes of the round (any award), which a CRITERION tie-break step may name. */
	@Transactional(readOnly = true)
	public List<String> criterionCodes(long roundId) {
		return jdbc.sql("select distinct code from jury_criterion where round_id = ? order by code").param(roundId)
			.query(String.class).list();
	}

	/**
	 * Stores new rules (already checked field by field by the form).
	 *
	 * @throws DomainException   {@code ranking.config.frozen} once a sheet is submitted
	 * @throws ConflictException someone changed the round since the form was loaded
	 */
	@Transactional
	public void save(long roundId, long expectedVersion, Method official, String tieBreak, BigDecimal threshold,
			Integer cutTop, BigDecimal cutMinScore) {
		Settings current = of(roundId);
		if (current.frozen()) {
			throw new DomainException("ranking.config.frozen");
		}
		int updated;
		try {
			updated = jdbc.sql("""
					update jury_round set official_method = ?, tie_break = ?, disagreement_threshold = ?, cut_top = ?,
					       cut_min_score = ?, version = version + 1
					where id = ? and version = ?""")
				.params(official.name(), tieBreak, threshold, cutTop, cutMinScore, roundId, expectedVersion)
				.update();
		}
		catch (DataAccessException ex) {
			// a sheet was submitted between the check and the update: the trigger refused
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("cannot change once a sheet")) {
				throw new DomainException("ranking.config.frozen");
			}
			throw ex;
		}
		if (updated == 0) {
			throw new ConflictException();
		}
	}
}
