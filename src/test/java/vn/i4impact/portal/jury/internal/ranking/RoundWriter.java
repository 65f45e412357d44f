package vn.i4impact.portal.jury.internal.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.TestData;

/**
 * Writes a {@link RandomRound} into the jury tables as real rows (a fresh edition, one OPEN preliminary round,
 * per-award criteria C1..Cn, eligible dossiers, jurors, assignments, submitted sheets, one score row per criterion)
 * so the SQL ranking can be compared with the Java reference. Ids are allocated in the order of the synthetic ids, so
 * "by dossier id" and "by juror id" orderings agree on both sides; {@link Written} maps them back.
 */
final class RoundWriter {

	/** What was written: the round, and database id → synthetic id for dossiers and criteria. */
	record Written(long roundId, long editionId, Map<Long, Long> dossiers, Map<Long, Long> awards,
			Map<Long, Long> jurors) {

		long synthetic(long nominationId) {
			return dossiers.get(nominationId);
		}
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TestData data;

	RoundWriter(JdbcClient jdbc, JdbcTemplate template, TestData data) {
		this.jdbc = jdbc;
		this.template = template;
		this.data = data;
	}

	/** @param tieBreak the round's tie-break text (V120), e.g. "CRITERION:C1,HIGHER_MEDIAN" */
	Written write(RandomRound round, int sheetsPerDossier, String tieBreak, Method official) {
		String edition = data.openEdition(10);
		long editionId = data.editionId(edition);
		long admin = data.user(Role.ADMIN).id();
		data.user(Role.APPLICANT);
		long unit = jdbc.sql("select max(id) from unit").query(Long.class).single();
		TreeSet<Long> syntheticAwards = new TreeSet<>();
		round.entries.forEach(e -> syntheticAwards.add(e.award()));
		List<Long> realAwards = jdbc.sql("select id from award where edition_id = ? order by id").param(editionId)
			.query(Long.class).list();
		if (realAwards.size() < syntheticAwards.size()) {
			throw new IllegalArgumentException("the edition has only " + realAwards.size() + " awards");
		}
		Map<Long, Long> awardIds = new HashMap<>();
		int a = 0;
		for (long synthetic : syntheticAwards) {
			awardIds.put(synthetic, realAwards.get(a++));
		}
		long roundId = jdbc.sql("""
				insert into jury_round (edition_id, kind, status, opens_at, closes_at, jurors_per_dossier, opened_at,
				                        official_method, tie_break)
				values (?, 'PRELIMINARY', 'OPEN', now() - interval '1 day', now() + interval '9 days', ?, now(), ?, ?)
				returning id""").params(editionId, sheetsPerDossier, official.name(), tieBreak).query(Long.class).single();

		// criteria per award, in synthetic id order, coded C1..Cn
		Map<Long, Long> criterionIds = new HashMap<>();
		Map<Long, Sheet> anySheet = new TreeMap<>();
		round.sheets.forEach(s -> anySheet.putIfAbsent(s.award(), s));
		for (Sheet sheet : anySheet.values()) {
			int order = 1;
			for (Map.Entry<Long, Integer> weight : sheet.weights().entrySet()) {
				long id = jdbc.sql("""
						insert into jury_criterion (round_id, award_id, code, name_vi, name_en, weight, scale_min,
						                            scale_max, sort_order)
						values (?, ?, ?, ?, ?, ?, 0, ?, ?) returning id""")
					.params(roundId, awardIds.get(sheet.award()), "C" + order, "Tiêu chí " + order, "Criterion " + order,
							weight.getValue(), sheet.scaleMax(), order)
					.query(Long.class).single();
				criterionIds.put(weight.getKey(), id);
				order++;
			}
		}

		// jurors, in synthetic id order
		TreeSet<Long> syntheticJurors = new TreeSet<>();
		round.sheets.forEach(s -> syntheticJurors.add(s.juror()));
		String prefix = "rr-" + System.nanoTime();
		List<Object[]> users = new ArrayList<>();
		for (long juror : syntheticJurors) {
			users.add(new Object[] { prefix + "-" + juror + "@test.i4impact.vn", "Giám khảo " + juror });
		}
		template.batchUpdate("""
				insert into app_user (email, full_name, status, created_at) values (?, ?, 'ACTIVE', now())""", users);
		Map<Long, Long> jurorIds = new HashMap<>();
		Map<Long, Long> jurorsBack = new HashMap<>();
		jdbc.sql("select id, email from app_user where email like ? order by id").param(prefix + "-%")
			.query((rs, i) -> {
				String email = rs.getString(2);
				long synthetic = Long.parseLong(email.substring(prefix.length() + 1, email.indexOf('@')));
				jurorIds.put(synthetic, rs.getLong(1));
				jurorsBack.put(rs.getLong(1), synthetic);
				return null;
			}).list();
		template.batchUpdate("insert into app_user_role (user_id, role) values (?, 'JUROR')",
				jurorIds.values().stream().map(id -> new Object[] { id }).toList());

		// dossiers, in synthetic id order, each coded by its synthetic id
		List<Entry> entries = round.entries.stream().sorted(Comparator.comparingLong(Entry::dossier)).toList();
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> nominations = new ArrayList<>();
		for (Entry entry : entries) {
			nominations.add(new Object[] { editionId, awardIds.get(entry.award()), unit, "Đơn vị " + entry.dossier(),
					prefix + "-" + entry.dossier(), "RR-" + entry.dossier(), admin, now, now, now });
		}
		template.batchUpdate("""
				insert into nomination (edition_id, award_id, unit_id, kind, nominee_type, nominee_name, nominee_key, status,
				                        reference_code, consent_status, created_by, created_at, updated_at, submitted_at)
				values (?, ?, ?, 'SELF', 'ENTERPRISE', ?, ?, 'ELIGIBLE', ?, 'NOT_NEEDED', ?, ?, ?, ?)""", nominations);
		Map<Long, Long> dossierIds = new HashMap<>();
		Map<Long, Long> dossiersBack = new HashMap<>();
		jdbc.sql("select id, reference_code from nomination where edition_id = ? and reference_code like 'RR-%'")
			.param(editionId).query((rs, i) -> {
				long synthetic = Long.parseLong(rs.getString(2).substring(3));
				dossierIds.put(synthetic, rs.getLong(1));
				dossiersBack.put(rs.getLong(1), synthetic);
				return null;
			}).list();
		template.batchUpdate("""
				insert into jury_round_entry (round_id, nomination_id, award_id, reference_code, added_at, added_by)
				values (?, ?, ?, ?, ?, ?)""", entries.stream().map(e -> new Object[] { roundId,
				dossierIds.get(e.dossier()), awardIds.get(e.award()), "RR-" + e.dossier(), now, admin }).toList());

		// assignments and submitted sheets
		List<Sheet> sheets = round.sheets.stream()
			.sorted(Comparator.comparingLong(Sheet::dossier).thenComparingLong(Sheet::juror)).toList();
		template.batchUpdate("""
				insert into jury_assignment (round_id, nomination_id, juror_id, assigned_at, assigned_by, published_at,
				                             declared_at) values (?, ?, ?, ?, ?, ?, ?)""",
				sheets.stream().map(s -> new Object[] { roundId, dossierIds.get(s.dossier()), jurorIds.get(s.juror()), now,
						admin, now, now }).toList());
		template.batchUpdate("""
				insert into jury_sheet (round_id, nomination_id, juror_id, status, overall_comment, saved_at, submitted_at)
				values (?, ?, ?, 'SUBMITTED', 'Nhận xét', ?, ?)""",
				sheets.stream().map(s -> new Object[] { roundId, dossierIds.get(s.dossier()), jurorIds.get(s.juror()), now,
						now }).toList());
		Map<String, Long> sheetIds = new HashMap<>();
		jdbc.sql("select id, nomination_id, juror_id from jury_sheet where round_id = ?").param(roundId)
			.query((rs, i) -> sheetIds.put(rs.getLong(2) + ":" + rs.getLong(3), rs.getLong(1))).list();
		List<Object[]> scores = new ArrayList<>();
		for (Sheet s : sheets) {
			long sheetId = sheetIds.get(dossierIds.get(s.dossier()) + ":" + jurorIds.get(s.juror()));
			s.scores().forEach((criterion, score) -> scores.add(new Object[] { sheetId, criterionIds.get(criterion), score }));
		}
		template.batchUpdate("insert into jury_score (sheet_id, criterion_id, score) values (?, ?, ?)", scores);
		Map<Long, Long> awardsBack = new HashMap<>();
		awardIds.forEach((synthetic, real) -> awardsBack.put(real, synthetic));
		return new Written(roundId, editionId, dossiersBack, awardsBack, jurorsBack);
	}

	/** A juror with a sheet that must not count: a DRAFT with top marks, or a submitted one under a conflict. */
	void addNoise(Written written, long nominationId, boolean conflicted) {
		long juror = data.user(Role.JUROR).id();
		long round = written.roundId();
		jdbc.sql("""
				insert into jury_assignment (round_id, nomination_id, juror_id, assigned_at, declared_at)
				values (?, ?, ?, now(), now())""").params(round, nominationId, juror).update();
		long sheet = jdbc.sql("""
				insert into jury_sheet (round_id, nomination_id, juror_id, status, overall_comment, saved_at, submitted_at)
				values (?, ?, ?, ?, 'x', now(), case when ? then now() end) returning id""")
			.params(round, nominationId, juror, conflicted ? "SUBMITTED" : "DRAFT", conflicted)
			.query(Long.class).single();
		jdbc.sql("""
				insert into jury_score (sheet_id, criterion_id, score)
				select ?, c.id, c.scale_max from jury_criterion c join jury_round_entry e on e.round_id = c.round_id
				  and e.award_id = c.award_id where e.round_id = ? and e.nomination_id = ?""")
			.params(sheet, round, nominationId).update();
		if (conflicted) {
			jdbc.sql("""
					insert into jury_conflict (round_id, nomination_id, juror_id, source, reason_key, at)
					values (?, ?, ?, 'DECLARED', 'jury.conflict.declared', now())""").params(round, nominationId, juror)
				.update();
		}
	}
}
