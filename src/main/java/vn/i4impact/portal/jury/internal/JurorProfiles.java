package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * A juror's own profile and declared affiliations, edited by the juror (only their own: every statement is keyed on
 * the signed-in juror's id). Each change is audited and re-runs conflict detection in the rounds that are not closed,
 * so a newly declared tie with a unit is found before any further assignment. An assignment that a new conflict
 * touches is withdrawn when its sheet was not started (the dossier goes back to be reassigned, as after a declared
 * conflict); a started or submitted sheet is kept for the record, hidden from the juror and left out of the ranking
 * (both already exclude conflicted pairs) until the committee overrides the conflict or the secretariat adds another
 * member. Removing an affiliation lifts no conflict already detected: only the committee may, with a reason.
 */
@Service
public class JurorProfiles {

	/** A declared affiliation with its id (for removing it). */
	public record Declared(long id, JurorProfile.Affiliation.Kind kind, String name, String taxCode, String email) {
	}

	/** The profile as its form shows it: the version guards two tabs against overwriting each other. */
	public record View(JurorProfile profile, long version, List<Declared> affiliations) {
	}

	/** The profile's own fields (the account's name and e-mail belong to the account module). */
	public record Data(String title, String organisation, String taxCode, String fields) {
	}

	/** What re-detection did to the juror's assignments: references withdrawn, and those newly kept but blocked. */
	public record Redetection(List<String> withdrawn, List<String> blocked) {
	}

	private final Jurors jurors;

	private final AssignmentService assignments;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	JurorProfiles(Jurors jurors, AssignmentService assignments, JdbcClient jdbc, AuditTrail audit) {
		this.jurors = jurors;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The juror as seen from a round's page.
	 * @throws NotFoundException unless the juror is on a panel of the round or holds one of its dossiers
	 */
	@Transactional(readOnly = true)
	public View view(long roundId, long jurorId) {
		if (!jdbc.sql("""
				select exists (select 1 from jury_panel p join jury_panel_member m on m.panel_id = p.id
				               where p.round_id = ? and m.juror_id = ?)
				    or exists (select 1 from jury_assignment where round_id = ? and juror_id = ?)""")
			.params(roundId, jurorId, roundId, jurorId).query(Boolean.class).single()) {
			throw new NotFoundException();
		}
		return view(jurorId);
	}

	/** @throws NotFoundException for an id that is not an account with the JUROR role */
	@Transactional(readOnly = true)
	public View view(long jurorId) {
		boolean juror = jdbc.sql("select exists (select 1 from app_user_role where user_id = ? and role = 'JUROR')")
			.param(jurorId).query(Boolean.class).single();
		JurorProfile profile = jurors.profile(jurorId).filter(p -> juror).orElseThrow(NotFoundException::new);
		long version = jdbc.sql("select version from jury_juror where user_id = ?").param(jurorId).query(Long.class)
			.optional().orElse(-1L);
		List<Declared> declared = jdbc.sql("""
				select id, kind, name, tax_code, email from jury_affiliation where juror_id = ? order by kind, name, id""")
			.param(jurorId)
			.query((rs, n) -> new Declared(rs.getLong(1), JurorProfile.Affiliation.Kind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		return new View(profile, version, declared);
	}

	/**
	 * The edition whose awards the "fields known" list offers: the current one, else the newest real one; -1 (no
	 * awards) on a portal with no edition yet.
	 */
	@Transactional(readOnly = true)
	public long currentEditionId() {
		return jdbc.sql("select id from edition order by is_current desc, is_demo, year desc, id desc limit 1")
			.query(Long.class).optional().orElse(-1L);
	}

	/**
	 * Saves the juror's title, organisation, tax code and fields.
	 * @param expectedVersion the version the form showed; -1 when there was no profile yet
	 * @throws ConflictException when the profile changed since (another tab saved first)
	 */
	@Transactional
	public Redetection update(long jurorId, long expectedVersion, Data data) {
		View before = view(jurorId);
		int n;
		if (before.version() < 0) {
			n = expectedVersion < 0 ? jdbc.sql("""
					insert into jury_juror (user_id, title, organisation, tax_code, fields) values (?, ?, ?, ?, ?)
					on conflict do nothing""")
				.params(jurorId, data.title(), data.organisation(), data.taxCode(), data.fields()).update() : 0;
		}
		else {
			n = jdbc.sql("""
					update jury_juror set title = ?, organisation = ?, tax_code = ?, fields = ?, version = version + 1
					where user_id = ? and version = ?""")
				.params(data.title(), data.organisation(), data.taxCode(), data.fields(), jurorId, expectedVersion)
				.update();
		}
		if (n == 0) {
			throw new ConflictException();
		}
		JurorProfile p = before.profile();
		audit.record("jury.profile.update", "jury_juror", jurorId, p.fullName(), fields(p.title(), p.organisation(),
				p.taxCode(), p.fields()), fields(data.title(), data.organisation(), data.taxCode(), data.fields()));
		return redetect(jurorId);
	}

	/** Adds a declared affiliation (creating the empty profile row it hangs on, if needed). */
	@Transactional
	public Redetection addAffiliation(long jurorId, JurorProfile.Affiliation a) {
		view(jurorId);
		jdbc.sql("insert into jury_juror (user_id) values (?) on conflict do nothing").param(jurorId).update();
		long id = jdbc.sql("""
				insert into jury_affiliation (juror_id, kind, name, tax_code, email) values (?, ?, ?, ?, ?) returning id""")
			.params(jurorId, a.kind().name(), a.name(), a.taxCode(), a.email()).query(Long.class).single();
		audit.record("jury.profile.affiliation.add", "jury_affiliation", id, a.name(), null, affiliation(jurorId, a));
		return redetect(jurorId);
	}

	/** Removes one of the juror's own affiliations. @throws NotFoundException for another juror's or an unknown id */
	@Transactional
	public String removeAffiliation(long jurorId, long affiliationId) {
		JurorProfile.Affiliation a = jdbc.sql("""
				delete from jury_affiliation where id = ? and juror_id = ? returning kind, name, tax_code, email""")
			.params(affiliationId, jurorId)
			.query((rs, n) -> new JurorProfile.Affiliation(JurorProfile.Affiliation.Kind.valueOf(rs.getString(1)),
					rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional().orElseThrow(NotFoundException::new);
		audit.record("jury.profile.affiliation.remove", "jury_affiliation", affiliationId, a.name(),
				affiliation(jurorId, a), null);
		return a.name();
	}

	/**
	 * Detects conflicts again in every round that is not closed where the juror sits on a panel or has assignments,
	 * then withdraws the juror's unstarted assignments that a conflict now touches (see the class comment).
	 */
	@Transactional
	public Redetection redetect(long jurorId) {
		List<Long> roundIds = jdbc.sql("""
				select p.round_id from jury_panel p join jury_panel_member m on m.panel_id = p.id
				join jury_round r on r.id = p.round_id where m.juror_id = :j and r.status <> 'CLOSED'
				union
				select a.round_id from jury_assignment a join jury_round r on r.id = a.round_id
				where a.juror_id = :j and r.status <> 'CLOSED'
				order by 1""")
			.param("j", jurorId).query(Long.class).list();
		// what was already blocked before this change is not news to the juror
		List<Long> before = jdbc.sql("""
				select a.id from jury_assignment a join jury_round r on r.id = a.round_id
				where a.juror_id = ? and r.status = 'OPEN'
				  and exists (select 1 from jury_conflict c where c.round_id = a.round_id and c.nomination_id = a.nomination_id
				              and c.juror_id = a.juror_id and c.overridden_at is null)""")
			.param(jurorId).query(Long.class).list();
		roundIds.forEach(assignments::detectConflicts);
		record Touched(long id, long roundId, long nominationId, String reference, boolean started, String reasons) {
		}
		List<Touched> touched = jdbc.sql("""
				select a.id, a.round_id, a.nomination_id, e.reference_code,
				       exists (select 1 from jury_sheet s where s.round_id = a.round_id and s.nomination_id = a.nomination_id
				               and s.juror_id = a.juror_id and (s.status = 'SUBMITTED' or exists (
				                   select 1 from jury_score c where c.sheet_id = s.id and c.score is not null))) started,
				       (select string_agg(c.reason_key, ',' order by c.id) from jury_conflict c where c.round_id = a.round_id
				        and c.nomination_id = a.nomination_id and c.juror_id = a.juror_id and c.overridden_at is null) reasons
				from jury_assignment a join jury_round r on r.id = a.round_id
				join jury_round_entry e on e.round_id = a.round_id and e.nomination_id = a.nomination_id
				where a.juror_id = ? and r.status = 'OPEN'
				  and exists (select 1 from jury_conflict c where c.round_id = a.round_id and c.nomination_id = a.nomination_id
				              and c.juror_id = a.juror_id and c.overridden_at is null)
				order by e.reference_code""")
			.param(jurorId)
			.query((rs, n) -> new Touched(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
					rs.getString(6)))
			.list();
		List<String> withdrawn = new ArrayList<>();
		List<String> blocked = new ArrayList<>();
		for (Touched t : touched) {
			if (t.started()) {
				if (!before.contains(t.id())) {
					blocked.add(t.reference());
				}
				continue;
			}
			jdbc.sql("delete from jury_assignment where id = ?").param(t.id()).update();
			audit.record("jury.conflict.withdrawn", "jury_assignment", t.id(), t.reference(),
					Map.of("round", t.roundId(), "nomination", t.nominationId(), "juror", jurorId),
					Map.of("reasons", t.reasons()));
			withdrawn.add(t.reference());
		}
		return new Redetection(List.copyOf(withdrawn), List.copyOf(blocked));
	}

	/** A member of a round, for the secretariat's links to profiles. */
	public record Member(long jurorId, String name, String organisation, int affiliations) {
	}

	/** An assignment kept although a conflict now touches it (its sheet was started): the juror cannot open it. */
	public record Blocked(long nominationId, String referenceCode, long jurorId, String jurorName) {
	}

	/** The panel members and assigned jurors of a round, by name. */
	@Transactional(readOnly = true)
	public List<Member> members(long roundId) {
		return jdbc.sql("""
				with m as (select mm.juror_id from jury_panel p join jury_panel_member mm on mm.panel_id = p.id
				           where p.round_id = :r
				           union select juror_id from jury_assignment where round_id = :r)
				select u.id, u.full_name, j.organisation,
				       (select count(*) from jury_affiliation f where f.juror_id = u.id)
				from m join app_user u on u.id = m.juror_id left join jury_juror j on j.user_id = u.id
				order by u.full_name, u.id""")
			.param("r", roundId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
	}

	/** The round's assignments that a conflict (not overridden) now touches. */
	@Transactional(readOnly = true)
	public List<Blocked> blocked(long roundId) {
		return jdbc.sql("""
				select a.nomination_id, e.reference_code, a.juror_id, u.full_name
				from jury_assignment a join app_user u on u.id = a.juror_id
				join jury_round_entry e on e.round_id = a.round_id and e.nomination_id = a.nomination_id
				where a.round_id = ? and exists (select 1 from jury_conflict c where c.round_id = a.round_id
				      and c.nomination_id = a.nomination_id and c.juror_id = a.juror_id and c.overridden_at is null)
				order by e.reference_code, u.full_name""")
			.param(roundId)
			.query((rs, n) -> new Blocked(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
	}

	private static Map<String, Object> fields(String title, String organisation, String taxCode, String fields) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("title", title);
		m.put("organisation", organisation);
		m.put("taxCode", taxCode);
		m.put("fields", fields);
		return m;
	}

	private static Map<String, Object> affiliation(long jurorId, JurorProfile.Affiliation a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("juror", jurorId);
		m.put("kind", a.kind().name());
		m.put("name", a.name());
		m.put("taxCode", a.taxCode());
		m.put("email", a.email());
		return m;
	}

}
