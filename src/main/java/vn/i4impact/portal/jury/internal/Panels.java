package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Panels (tiểu ban) of a round, each with its members and chair: set for one award, or for a whole category. The
 * panel of an award is its own when it has one, else its category's (the view {@code jury_award_panel} holds this
 * rule, so every query resolves it the same way). A panel saved without members is removed, so that an award
 * whose own panel is emptied falls back to its category's.
 */
@Component
public class Panels {

	/** Exactly one of {@code awardId} and {@code categoryId} is set. */
	public record Panel(long id, long roundId, Long awardId, Long categoryId, Long chairId, List<Long> members) {

		public boolean forCategory() {
			return categoryId != null;
		}

	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Panels(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The members of the panel that applies to each award of the round, by award, in juror id order. */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> members(long roundId) {
		Map<Long, List<Long>> members = new TreeMap<>();
		jdbc.sql("""
				select ap.award_id, m.juror_id from jury_award_panel ap join jury_panel_member m on m.panel_id = ap.panel_id
				where ap.round_id = ? order by ap.award_id, m.juror_id""")
			.param(roundId)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return members;
	}

	/** The awards' own panels of the round (not the categories'), in award id order. */
	@Transactional(readOnly = true)
	public List<Panel> of(long roundId) {
		return all(roundId).values().stream().filter(p -> !p.forCategory()).toList();
	}

	/** The categories' panels of the round, by category id. */
	@Transactional(readOnly = true)
	public Map<Long, Panel> ofCategories(long roundId) {
		Map<Long, Panel> byCategory = new LinkedHashMap<>();
		all(roundId).values().stream().filter(Panel::forCategory).forEach(p -> byCategory.put(p.categoryId(), p));
		return byCategory;
	}

	/** The panel that applies to each award of the round (its own, else its category's); awards with none absent. */
	@Transactional(readOnly = true)
	public Map<Long, Panel> byAward(long roundId) {
		Map<Long, Panel> panels = all(roundId);
		Map<Long, Panel> byAward = new TreeMap<>();
		jdbc.sql("select award_id, panel_id from jury_award_panel where round_id = ?")
			.param(roundId)
			.query(rs -> {
				byAward.put(rs.getLong(1), panels.get(rs.getLong(2)));
			});
		return byAward;
	}

	/** Sets an award's own panel in a round; the chair, when given, must be a member. No members: removed. */
	@Transactional
	public void set(long roundId, long awardId, Collection<Long> jurorIds, Long chairId) {
		requireInEdition(roundId, "award", awardId);
		save(roundId, "award_id", awardId, jurorIds, chairId);
	}

	/** Sets a category's panel in a round, used by its awards without a panel of their own. No members: removed. */
	@Transactional
	public void setForCategory(long roundId, long categoryId, Collection<Long> jurorIds, Long chairId) {
		requireInEdition(roundId, "category", categoryId);
		save(roundId, "category_id", categoryId, jurorIds, chairId);
	}

	/** Is the juror the chair of the panel that applies to this award in this round? */
	@Transactional(readOnly = true)
	public boolean isChair(long roundId, long awardId, long jurorId) {
		return jdbc.sql("""
				select exists (select 1 from jury_award_panel ap join jury_panel p on p.id = ap.panel_id
				               where ap.round_id = ? and ap.award_id = ? and p.chair_id = ?)""")
			.params(roundId, awardId, jurorId).query(Boolean.class).single();
	}

	private void save(long roundId, String column, long targetId, Collection<Long> jurorIds, Long chairId) {
		TreeSet<Long> members = new TreeSet<>(jurorIds);
		if (chairId != null && !members.contains(chairId)) {
			throw new DomainException("jury.panel.chairNotMember");
		}
		Panel before = all(roundId).values().stream()
			.filter(p -> targetId == ("award_id".equals(column) ? id(p.awardId()) : id(p.categoryId())))
			.findFirst().orElse(null);
		String target = roundId + "/" + ("award_id".equals(column) ? "award/" : "category/") + targetId;
		if (members.isEmpty()) {
			if (before != null) {
				jdbc.sql("delete from jury_panel where id = ?").param(before.id()).update();
				audit.record("jury.panel.remove", "jury_panel", target, null, state(before), null);
			}
			return;
		}
		// column is one of two constants above, never user input
		long panelId = jdbc.sql("insert into jury_panel (round_id, " + column + ", chair_id) values (?, ?, ?) "
				+ "on conflict (round_id, " + column + ") do update set chair_id = excluded.chair_id, "
				+ "version = jury_panel.version + 1 returning id")
			.params(roundId, targetId, chairId).query(Long.class).single();
		jdbc.sql("delete from jury_panel_member where panel_id = ?").param(panelId).update();
		for (long juror : members) {
			jdbc.sql("insert into jury_panel_member (panel_id, juror_id) values (?, ?)").params(panelId, juror).update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("members", List.copyOf(members));
		after.put("chair", chairId);
		audit.record("jury.panel.set", "jury_panel", target, null, before == null ? null : state(before), after);
	}

	private static long id(Long value) {
		return value == null ? -1 : value;
	}

	private static Map<String, Object> state(Panel panel) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("members", panel.members());
		state.put("chair", panel.chairId());
		return state;
	}

	/** A target of another edition than the round's is refused as not found (an edited id). */
	private void requireInEdition(long roundId, String table, long id) {
		boolean same = jdbc.sql("select exists (select 1 from " + table + " t join jury_round r on r.edition_id = t.edition_id "
				+ "where r.id = ? and t.id = ?)")
			.params(roundId, id).query(Boolean.class).single();
		if (!same) {
			throw new NotFoundException();
		}
	}

	/** Every panel of the round with its members, by panel id: awards' panels first, then categories'. */
	private Map<Long, Panel> all(long roundId) {
		Map<Long, List<Long>> members = new HashMap<>();
		jdbc.sql("""
				select m.panel_id, m.juror_id from jury_panel_member m join jury_panel p on p.id = m.panel_id
				where p.round_id = ? order by m.panel_id, m.juror_id""")
			.param(roundId)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		Map<Long, Panel> panels = new LinkedHashMap<>();
		jdbc.sql("""
				select id, round_id, award_id, category_id, chair_id from jury_panel where round_id = ?
				order by award_id nulls last, category_id, id""")
			.param(roundId)
			.query(rs -> {
				long id = rs.getLong(1);
				panels.put(id, new Panel(id, rs.getLong(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
						(Long) rs.getObject(5), members.getOrDefault(id, List.of())));
			});
		return panels;
	}

}
