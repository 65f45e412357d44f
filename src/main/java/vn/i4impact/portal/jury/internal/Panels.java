package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.DomainException;

/** Panels (tiểu ban): per award and round, its members and chair. */
@Component
public class Panels {

	public record Panel(long id, long roundId, long awardId, Long chairId, List<Long> members) {
	}

	private final JdbcClient jdbc;

	Panels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Members per award of a round, ordered by award then juror id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> members(long roundId) {
		Map<Long, List<Long>> members = new TreeMap<>();
		jdbc.sql("""
				select p.award_id, m.juror_id from jury_panel p join jury_panel_member m on m.panel_id = p.id
				where p.round_id = ? order by p.award_id, m.juror_id""")
			.param(roundId)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return members;
	}

	@Transactional(readOnly = true)
	public List<Panel> of(long roundId) {
		Map<Long, List<Long>> members = members(roundId);
		return jdbc.sql("select id, round_id, award_id, chair_id from jury_panel where round_id = ? order by award_id")
			.param(roundId)
			.query((rs, n) -> new Panel(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
					members.getOrDefault(rs.getLong(3), List.of())))
			.list();
	}

	/** Sets an award's panel in a round; the chair, when given, must be a member. */
	@Transactional
	public void set(long roundId, long awardId, Collection<Long> jurorIds, Long chairId) {
		if (chairId != null && !jurorIds.contains(chairId)) {
			throw new DomainException("jury.panel.chairNotMember");
		}
		long panelId = jdbc.sql("""
				insert into jury_panel (round_id, award_id, chair_id) values (?, ?, ?)
				on conflict (round_id, award_id) do update set chair_id = excluded.chair_id, version = jury_panel.version + 1
				returning id""")
			.params(roundId, awardId, chairId).query(Long.class).single();
		jdbc.sql("delete from jury_panel_member where panel_id = ?").param(panelId).update();
		for (long juror : jurorIds) {
			jdbc.sql("insert into jury_panel_member (panel_id, juror_id) values (?, ?)").params(panelId, juror).update();
		}
	}

	/** Is the juror the chair of the panel of this award in this round? */
	@Transactional(readOnly = true)
	public boolean isChair(long roundId, long awardId, long jurorId) {
		return jdbc.sql("select exists (select 1 from jury_panel where round_id = ? and award_id = ? and chair_id = ?)")
			.params(roundId, awardId, jurorId).query(Boolean.class).single();
	}

}
