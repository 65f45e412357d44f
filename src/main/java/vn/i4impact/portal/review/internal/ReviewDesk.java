package vn.i4impact.portal.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;

/**
 * The secretariat's own working data on a dossier: who handles it, the checklist and internal notes. None of it is
 * ever shown to the unit (no applicant screen reads these tables).
 */
@Service
@Transactional
public class ReviewDesk {

	public record Assignment(long userId, String fullName, Instant at) {
	}

	public record Check(CheckItem item, long userId, String fullName, Instant at) {
	}

	public record Note(long id, long authorId, String authorName, String body, Instant at) {
	}

	public static final int MAX_NOTE = 4000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	ReviewDesk(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** Only dossiers the secretariat may see (never drafts). */
	public boolean exists(long nominationId) {
		return jdbc.sql("select count(*) from nomination where id = ? and status <> 'DRAFT'").param(nominationId)
			.query(Long.class).single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Assignment> assignment(long nominationId) {
		return jdbc.sql("""
				select ra.user_id, u.full_name, ra.assigned_at from review_assignment ra
				join app_user u on u.id = ra.user_id where ra.nomination_id = ?""").param(nominationId)
			.query((rs, i) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** Takes the dossiers for {@code userId} (taking over from a colleague is allowed and audited); returns how many. */
	public int assign(Collection<Long> nominationIds, long userId) {
		int changed = 0;
		for (long id : nominationIds) {
			if (!exists(id)) {
				continue;
			}
			Optional<Assignment> before = assignment(id);
			if (before.isPresent() && before.get().userId() == userId) {
				continue;
			}
			jdbc.sql("""
					insert into review_assignment (nomination_id, user_id, assigned_at) values (?, ?, ?)
					on conflict (nomination_id) do update set user_id = excluded.user_id, assigned_at = excluded.assigned_at""")
				.params(id, userId, Timestamp.from(clock.instant())).update();
			audit.record("review.assign", "nomination", id, before.map(Assignment::fullName).orElse("—") + " → #" + userId,
					before.map(a -> Map.of("assignee", (Object) a.userId())).orElse(Map.of()), Map.of("assignee", userId));
			changed++;
		}
		return changed;
	}

	public void release(long nominationId) {
		Optional<Assignment> before = assignment(nominationId);
		if (before.isPresent()) {
			jdbc.sql("delete from review_assignment where nomination_id = ?").param(nominationId).update();
			audit.record("review.release", "nomination", nominationId, before.get().fullName(),
					Map.of("assignee", before.get().userId()), Map.of());
		}
	}

	@Transactional(readOnly = true)
	public Map<CheckItem, Check> checks(long nominationId) {
		Map<CheckItem, Check> checks = new EnumMap<>(CheckItem.class);
		jdbc.sql("""
				select c.item, c.checked_by, u.full_name, c.checked_at from review_check c
				join app_user u on u.id = c.checked_by where c.nomination_id = ?""").param(nominationId)
			.query((rs, i) -> {
				try {
					CheckItem item = CheckItem.valueOf(rs.getString(1));
					checks.put(item, new Check(item, rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
				}
				catch (IllegalArgumentException ex) {
					// an item no longer on the list
				}
				return null;
			}).list();
		return checks;
	}

	/**
	 * Applies what this secretary changed against the list as their page showed it ({@code shown}): items they did
	 * not touch keep whatever a colleague ticked or unticked meanwhile, and kept ticks keep who ticked them and when.
	 */
	public void saveChecks(long nominationId, Collection<CheckItem> ticked, Collection<CheckItem> shown, long userId) {
		for (CheckItem item : CheckItem.values()) {
			boolean now = ticked.contains(item);
			boolean was = shown.contains(item);
			if (now && !was) {
				jdbc.sql("insert into review_check (nomination_id, item, checked_by, checked_at) values (?, ?, ?, ?) on conflict do nothing")
					.params(nominationId, item.name(), userId, Timestamp.from(clock.instant())).update();
			}
			else if (!now && was) {
				jdbc.sql("delete from review_check where nomination_id = ? and item = ?").params(nominationId, item.name())
					.update();
			}
		}
	}

	@Transactional(readOnly = true)
	public List<Note> notes(long nominationId) {
		return jdbc.sql("""
				select n.id, n.author_id, u.full_name, n.body, n.created_at from review_note n
				join app_user u on u.id = n.author_id where n.nomination_id = ? order by n.created_at, n.id""")
			.param(nominationId)
			.query((rs, i) -> new Note(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	public void addNote(long nominationId, String body, long authorId) {
		jdbc.sql("insert into review_note (nomination_id, author_id, body, created_at) values (?, ?, ?, ?)")
			.params(nominationId, authorId, body.strip(), Timestamp.from(clock.instant())).update();
	}

	/** The secretariat accounts, for the "assigned to" filter. */
	@Transactional(readOnly = true)
	public List<Assignment> secretaries() {
		return jdbc.sql("""
				select u.id, u.full_name, u.created_at from app_user u join app_user_role r on r.user_id = u.id
				where r.role = 'SECRETARIAT' and u.status = 'ACTIVE' order by u.full_name""")
			.query((rs, i) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
	}

}
