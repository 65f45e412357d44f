package vn.i4impact.portal.program;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.program.internal.AwardRepository;
import vn.i4impact.portal.program.internal.CategoryRepository;
import vn.i4impact.portal.program.internal.EditionRepository;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The program structure is data, seeded by Flyway and read back through the mappings (ddl-auto=validate). */
@PortalTest
@Transactional
class ProgramSeedTest {

	@Autowired
	EditionRepository editions;

	@Autowired
	CategoryRepository categories;

	@Autowired
	AwardRepository awards;

	@Autowired
	Provinces provinces;

	@Autowired
	EditionCloning cloning;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the2026EditionHasFiveCategoriesAndTwelveAwards() {
		var edition = editions.findByCode("i4-impact-2026").orElseThrow();
		assertThat(edition.isCurrent()).isTrue();
		var cats = categories.findWithAwards(edition.getId());
		assertThat(cats).extracting(c -> c.getCode()).containsExactly("1", "2", "3", "4", "5");
		assertThat(cats.stream().flatMap(c -> c.getAwards().stream()).map(a -> a.getCode()))
			.containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2");
		assertThat(cats.get(1).getAwards().get(2).getNameVi()).isEqualTo("Công nghệ AI tác động tới cuộc sống");
		assertThat(cats.get(1).getAwards().get(2).getNameEn()).isEqualTo("I4 AI For Life Award");
		assertThat(edition.timeline().entries()).extracting(Timeline.Entry::phase)
			.containsExactly(Phase.NOMINATION, Phase.SECRETARIAT_REVIEW, Phase.PRELIMINARY_ROUND, Phase.FINAL_ROUND,
					Phase.CEREMONY, Phase.RESULTS_PUBLICATION);
	}

	@Test
	void nomineeRulesArePerAward() {
		assertThat(awards.findPublic("i4-impact-2026", "4.2").orElseThrow().getNomineeTypes())
			.containsExactly(UnitType.INDIVIDUAL);
		assertThat(awards.findPublic("i4-impact-2026", "4.1").orElseThrow().getNomineeTypes())
			.containsExactlyInAnyOrder(UnitType.LOCALITY, UnitType.STATE_BODY);
	}

	@Test
	void the2023ArchiveHasItsFourCategories() {
		var archive = editions.findByCode("i4-awards-2023").orElseThrow();
		assertThat(archive.getStatus()).isEqualTo(EditionStatus.ARCHIVED);
		var cats = categories.findWithAwards(archive.getId());
		assertThat(cats).hasSize(4).allSatisfy(c -> assertThat(c.isSingleAward()).isTrue());
		assertThat(cats).extracting(c -> c.getAwards().get(0).getPlannedHonourees()).containsExactly(8, 25, 32, 7);
	}

	@Test
	void thirtyFourProvincesSinceJuly2025() {
		assertThat(provinces.all()).hasSize(34);
		assertThat(provinces.find("hai-phong").orElseThrow().nameVi()).isEqualTo("Thành phố Hải Phòng");
	}

	@Test
	void cloningCopiesStructureAndShiftsTheTimeline() {
		long id = cloning.cloneEdition("i4-impact-2026",
				new EditionCloning.NewEdition("clone-test", 2027, "Bản sao", "Copy", "Copy", false), Duration.ofDays(365));
		var copy = editions.findById(id).orElseThrow();
		assertThat(copy.getStatus()).isEqualTo(EditionStatus.DRAFT);
		assertThat(copy.isCurrent()).isFalse();
		List<String> codes = categories.findWithAwards(id).stream().flatMap(c -> c.getAwards().stream())
			.map(a -> a.getCode()).toList();
		assertThat(codes).hasSize(12);
		assertThat(jdbc.sql("select count(*) from award_nominee_type t join award a on a.id = t.award_id where a.edition_id = ?")
			.param(id).query(Integer.class).single()).isEqualTo(43);
		var original = editions.findByCode("i4-impact-2026").orElseThrow().timeline().find(Phase.NOMINATION).orElseThrow();
		var shifted = editions.findById(id).orElseThrow().timeline().find(Phase.NOMINATION).orElseThrow();
		assertThat(Duration.between(original.startsAt(), shifted.startsAt())).isEqualTo(Duration.ofDays(365));
	}

}
