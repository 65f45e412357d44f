package vn.i4impact.portal.jury;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.Criteria;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.support.TestData;

/** Builds a jury round of a fresh edition: eligible dossiers of award 1.1, a panel of jurors, the 2026 criteria. */
@Component
public class JuryFixture {

	/** What a test works with; applicants' units all have tax code 0100109106 (see TestData). */
	public record Setup(String edition, long editionId, long roundId, long awardId, List<Long> dossiers,
			List<CurrentUser> applicants, List<CurrentUser> jurors, CurrentUser admin) {
	}

	public static final String UNIT_TAX_CODE = "0100109106";

	private final TestData data;

	private final Dossiers dossiers;

	private final Screening screening;

	private final RoundService rounds;

	private final Criteria criteria;

	private final Panels panels;

	private final AssignmentService assignments;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	JuryFixture(Accounts accounts, TestData data, Dossiers dossiers, Screening screening, RoundService rounds, Criteria criteria,
			Panels panels, AssignmentService assignments, JdbcClient jdbc) {
		this.accounts = accounts;
		this.data = data;
		this.dossiers = dossiers;
		this.screening = screening;
		this.rounds = rounds;
		this.criteria = criteria;
		this.panels = panels;
		this.assignments = assignments;
		this.jdbc = jdbc;
	}

	/** A DRAFT preliminary round with {@code eligible} eligible dossiers and a panel of {@code jurorCount}. */
	public Setup draftRound(int eligible, int jurorCount, int jurorsPerDossier) throws Exception {
		String edition = data.openEdition(10);
		long editionId = data.editionId(edition);
		long award = data.awardId(edition, "1.1");
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		List<Long> ids = new ArrayList<>();
		List<CurrentUser> applicants = new ArrayList<>();
		for (int i = 0; i < eligible; i++) {
			CurrentUser applicant = data.user(Role.APPLICANT);
			Nomination n = dossiers.self(applicant, edition, "1.1");
			dossiers.submit(applicant, n);
			screening.markEligible(n.getId(), data.version(n.getId()), secretary.id());
			ids.add(n.getId());
			applicants.add(applicant);
		}
		List<CurrentUser> jurors = new ArrayList<>();
		for (int i = 0; i < jurorCount; i++) {
			jurors.add(juror());
		}
		Instant now = Instant.now();
		Round round = rounds.create(editionId, RoundKind.PRELIMINARY, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(9)));
		rounds.configure(round.getId(), round.getVersion(), round.getOpensAt(), round.getClosesAt(), "Hướng dẫn chấm",
				"Scoring guidance", jurorsPerDossier, false);
		criteria.copy(seedRound(), round.getId());
		panels.set(round.getId(), award, jurors.stream().map(CurrentUser::id).toList(), jurors.get(0).id());
		return new Setup(edition, editionId, round.getId(), award, ids, applicants, jurors, data.user(Role.ADMIN));
	}

	/** The same, opened and auto-assigned. */
	public Setup openRound(int eligible, int jurorCount, int jurorsPerDossier) throws Exception {
		Setup s = draftRound(eligible, jurorCount, jurorsPerDossier);
		open(s);
		assignments.autoAssign(s.roundId(), s.admin().id());
		return s;
	}

	public void open(Setup s) {
		rounds.open(s.roundId(), rounds.get(s.roundId()).getVersion(), s.admin().id());
	}

	/** A juror whose e-mail domain is not the applicants' (a shared domain would be a detected conflict). */
	public CurrentUser juror() {
		String email = TestData.uniqueEmail("giamkhao").replace("@test.i4impact.vn", "@chuyengia-doclap.vn");
		return accounts.createActive(email, "PGS.TS. Giám Khảo", TestData.PASSWORD, Set.of(Role.JUROR));
	}

	public long seedRound() {
		return jdbc.sql("""
				select r.id from jury_round r join edition e on e.id = r.edition_id
				where e.code = 'i4-impact-2026' and r.kind = 'PRELIMINARY'""").query(Long.class).single();
	}

	/** The jurors assigned to a dossier, by id. */
	public List<Long> jurorsOf(long roundId, long nominationId) {
		return jdbc.sql("select juror_id from jury_assignment where round_id = ? and nomination_id = ? order by juror_id")
			.params(roundId, nominationId).query(Long.class).list();
	}

	/** The dossiers assigned to a juror in a round, by id. */
	public List<Long> dossiersOf(long roundId, long jurorId) {
		return jdbc.sql("select nomination_id from jury_assignment where round_id = ? and juror_id = ? order by nomination_id")
			.params(roundId, jurorId).query(Long.class).list();
	}

}
