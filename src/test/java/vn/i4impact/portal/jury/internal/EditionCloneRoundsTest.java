package vn.i4impact.portal.jury.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The committee clones an edition on the admin screen: its rounds and criteria come along, nothing of the people. */
@PortalTest
class EditionCloneRoundsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	RoundService rounds;

	@Autowired
	Criteria criteria;

	@Autowired
	JdbcClient jdbc;

	private static Criterion criterion(String code, int weight) {
		return new Criterion(null, 0, null, code, "Tiêu chí " + code, "Criterion " + code, null, null, null, null,
				weight, 0, 10, 0);
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void cloningCopiesBothRoundsAsDraftsWithTheirCriteriaShiftedAndNoPanelsOrSheets() throws Exception {
		// the source: an open preliminary round with a panel and assignments, and a draft final round whose award 1.1
		// has a set of its own
		Setup s = fixture.openRound(1, 1, 1);
		assertThat(count("select count(*) from jury_assignment where round_id = ?", s.roundId())).isPositive();
		jdbc.sql("update jury_round set official_method = 'MEDIAN' where id = ?").param(s.roundId()).update();
		Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(20));
		Round last = rounds.create(s.editionId(), RoundKind.FINAL, opens, opens.plus(Duration.ofDays(7)));
		rounds.configure(last.getId(), last.getVersion(), opens, opens.plus(Duration.ofDays(7)), "Chấm chung khảo",
				"Final scoring", null, true);
		criteria.copy(fixture.seedRound(), last.getId());
		criteria.replace(rounds.get(last.getId()), s.awardId(), List.of(criterion("IMPACT", 70), criterion("TEAM", 30)));
		Round prelim = rounds.get(s.roundId());

		String code = "clone-" + System.nanoTime();
		mvc.perform(post("/admin/editions/" + s.edition() + "/clone").with(as(s.admin())).with(csrf())
				.param("code", code).param("year", "2028").param("nameVi", "Kỳ nhân bản").param("nameEn", "Cloned")
				.param("shortName", code).param("offsetDays", "30"))
			.andExpect(status().is3xxRedirection());
		long editionId = data.editionId(code);
		// the rounds are copied after the clone's commit, by a listener: wait for it
		for (int i = 0; i < 100 && rounds.ofEdition(editionId).size() < 2; i++) {
			Thread.sleep(100);
		}

		Round p = rounds.findOne(editionId, RoundKind.PRELIMINARY);
		Round f = rounds.findOne(editionId, RoundKind.FINAL);
		assertThat(List.of(p.getStatus(), f.getStatus())).containsOnly(RoundStatus.DRAFT);
		assertThat(p.getOpensAt()).isEqualTo(prelim.getOpensAt().plus(Duration.ofDays(30)));
		assertThat(p.getClosesAt()).isEqualTo(prelim.getClosesAt().plus(Duration.ofDays(30)));
		assertThat(p.getOpenedAt()).isNull();
		assertThat(p.getInstructionsVi()).isEqualTo("Hướng dẫn chấm");
		assertThat(p.getJurorsPerDossier()).isEqualTo(1);
		assertThat(jdbc.sql("select official_method from jury_round where id = ?").param(p.getId()).query(String.class)
			.single()).isEqualTo("MEDIAN");
		assertThat(f.getOpensAt()).isEqualTo(opens.plus(Duration.ofDays(30)));
		assertThat(f.getInstructionsEn()).isEqualTo("Final scoring");
		assertThat(f.isBlind()).isTrue();
		assertThat(f.getJurorsPerDossier()).isNull();

		assertThat(criteria.set(p.getId(), null)).extracting(Criterion::code, Criterion::weight)
			.containsExactlyElementsOf(criteria.set(s.roundId(), null).stream().map(c -> tuple(c.code(), c.weight()))
				.toList());
		long newAward = data.awardId(code, "1.1");
		assertThat(criteria.forAward(f.getId(), newAward)).extracting(Criterion::code, Criterion::weight)
			.containsExactly(tuple("IMPACT", 70), tuple("TEAM", 30));
		assertThat(criteria.forAward(f.getId(), data.awardId(code, "1.2"))).extracting(Criterion::code)
			.contains("SUSTAINABILITY");
		assertThat(count("select count(*) from jury_criterion where round_id = ? and award_id = ?", f.getId(), s.awardId()))
			.as("never the source edition's award").isZero();

		for (Round r : List.of(p, f)) {
			for (String table : List.of("jury_panel", "jury_assignment", "jury_sheet", "jury_round_entry")) {
				assertThat(count("select count(*) from " + table + " where round_id = ?", r.getId())).as(table).isZero();
			}
		}
		assertThat(count("select count(*) from audit_entry where action = 'jury.round.clone' and target_id in (?, ?)",
				"" + p.getId(), "" + f.getId())).isEqualTo(2);
		// the source is unchanged, and a clone made without the admin screen (tests, demo) gets no rounds
		assertThat(rounds.get(s.roundId()).getStatus()).isEqualTo(RoundStatus.OPEN);
		assertThat(rounds.ofEdition(data.editionId(data.openEdition(5)))).isEmpty();
	}

}
