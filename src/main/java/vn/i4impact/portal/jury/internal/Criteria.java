package vn.i4impact.portal.jury.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.DomainException;

/** The criteria of rounds: an award's own set, or the round-wide set for awards without one. */
@Component
public class Criteria {

	private static final String COLUMNS = """
			id, round_id, award_id, code, name_vi, name_en, description_vi, description_en, levels_vi, levels_en,
			weight, scale_min, scale_max, sort_order""";

	private record Key(long roundId, long awardId) {
	}

	/** Sets of rounds past DRAFT, which never change again ({@link #replace} refuses), so every node may keep them. */
	private final Map<Key, List<Criterion>> opened = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	Criteria(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The set that applies to an award in a round: its own if it has one, else the round-wide set. */
	@Transactional(readOnly = true)
	public List<Criterion> forAward(long roundId, long awardId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from jury_criterion c where c.round_id = :round
				 and c.award_id is not distinct from (select max(award_id) from jury_criterion
				     where round_id = :round and award_id = :award)
				 order by sort_order, id""")
			.param("round", roundId).param("award", awardId).query(Criteria::map).list();
	}

	/** The same for a round that is open or closed (the caller knows): read once, then kept. */
	public List<Criterion> ofOpenedRound(long roundId, long awardId) {
		Key key = new Key(roundId, awardId);
		List<Criterion> set = opened.get(key);
		if (set == null) {
			set = List.copyOf(forAward(roundId, awardId));
			if (opened.size() > 10_000) {
				opened.clear();
			}
			opened.put(key, set);
		}
		return set;
	}

	/** Every criterion of a round, round-wide set first, then per award. */
	@Transactional(readOnly = true)
	public List<Criterion> ofRound(long roundId) {
		return jdbc.sql("select " + COLUMNS + " from jury_criterion where round_id = ? order by award_id nulls first, sort_order, id")
			.param(roundId).query(Criteria::map).list();
	}

	/**
	 * Replaces a set (award null: the round-wide one). Only while the round is a draft and nothing was scored.
	 * @throws DomainException when the set breaks a rule of {@link CriteriaRules} or the round took scores
	 */
	@Transactional
	public void replace(Round round, Long awardId, List<Criterion> set) {
		round.checkCriteriaEditable(scored(round.getId()));
		CriteriaRules.check(set);
		jdbc.sql("delete from jury_criterion where round_id = ? and award_id is not distinct from ?")
			.params(round.getId(), awardId).update();
		int order = 1;
		for (Criterion c : set) {
			jdbc.sql("""
					insert into jury_criterion (round_id, award_id, code, name_vi, name_en, description_vi, description_en,
					    levels_vi, levels_en, weight, scale_min, scale_max, sort_order)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(round.getId(), awardId, c.code(), c.nameVi(), c.nameEn(), c.descriptionVi(), c.descriptionEn(),
						c.levelsVi(), c.levelsEn(), c.weight(), c.scaleMin(), c.scaleMax(), order++)
				.update();
		}
	}

	/** Exactly one set (award null: the round-wide one), without falling back; empty when there is none. */
	@Transactional(readOnly = true)
	public List<Criterion> set(long roundId, Long awardId) {
		return jdbc.sql("select " + COLUMNS + " from jury_criterion where round_id = ? and award_id is not distinct from ? order by sort_order, id")
			.params(roundId, awardId).query(Criteria::map).list();
	}

	/** Removes an award's own set, so the award falls back to the round-wide set. Same guard as {@link #replace}. */
	@Transactional
	public int delete(Round round, long awardId) {
		round.checkCriteriaEditable(scored(round.getId()));
		return jdbc.sql("delete from jury_criterion where round_id = ? and award_id = ?").params(round.getId(), awardId)
			.update();
	}

	/**
	 * Copies every set of a round into a round of another edition: the round-wide set as it is, each award's own set
	 * to the award the map gives (sets of awards missing from the map are left behind).
	 */
	@Transactional
	public void copyAll(long fromRoundId, long toRoundId, Map<Long, Long> awards) {
		for (Criterion c : ofRound(fromRoundId)) {
			Long award = c.awardId() == null ? null : awards.get(c.awardId());
			if (c.awardId() != null && award == null) {
				continue;
			}
			jdbc.sql("""
					insert into jury_criterion (round_id, award_id, code, name_vi, name_en, description_vi, description_en,
					    levels_vi, levels_en, weight, scale_min, scale_max, sort_order)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(toRoundId, award, c.code(), c.nameVi(), c.nameEn(), c.descriptionVi(), c.descriptionEn(),
						c.levelsVi(), c.levelsEn(), c.weight(), c.scaleMin(), c.scaleMax(), c.sortOrder())
				.update();
		}
	}

	/** Copies every set of one round into another (an edition's clone, the demo). */
	@Transactional
	public void copy(long fromRoundId, long toRoundId) {
		jdbc.sql("""
				insert into jury_criterion (round_id, award_id, code, name_vi, name_en, description_vi, description_en,
				    levels_vi, levels_en, weight, scale_min, scale_max, sort_order)
				select ?, award_id, code, name_vi, name_en, description_vi, description_en, levels_vi, levels_en, weight,
				    scale_min, scale_max, sort_order from jury_criterion where round_id = ? and award_id is null""")
			.params(toRoundId, fromRoundId).update();
	}

	public boolean scored(long roundId) {
		return jdbc.sql("select exists (select 1 from jury_score s join jury_criterion c on c.id = s.criterion_id where c.round_id = ?)")
			.param(roundId).query(Boolean.class).single();
	}

	private static Criterion map(ResultSet rs, int row) throws SQLException {
		return new Criterion(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11),
				rs.getInt(12), rs.getInt(13), rs.getInt(14));
	}

}
