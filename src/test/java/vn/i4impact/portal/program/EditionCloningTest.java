package vn.i4impact.portal.program;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Cloning copies the structure and the form questions, shifts the dates, and copies nothing else. */
@PortalTest
@Transactional
class EditionCloningTest {

	@Autowired
	EditionCloning cloning;

	@Autowired
	JdbcClient jdbc;

	long clone(String code) {
		return cloning.cloneEdition("i4-impact-2026",
				new EditionCloning.NewEdition(code, 2027, "Kỳ 2027", "2027 edition", "I4 2027", false), Duration.ofDays(365));
	}

	long id(String code) {
		return jdbc.sql("select id from edition where code = ?").param(code).query(Long.class).single();
	}

	/** Questions as comparable rows: award code (or "*" for common ones) and every field. */
	List<String> questions(long editionId) {
		return jdbc.sql("""
				select coalesce(a.code, '*') || '|' || q.label_vi || '|' || coalesce(q.label_en, '') || '|' || q.kind || '|'
				       || q.required || '|' || coalesce(q.word_limit::text, '') || '|' || coalesce(q.unit_vi, '') || '|'
				       || coalesce(q.options_vi, '') || '|' || coalesce(q.file_kinds, '') || '|' || q.sort_order
				from award_question q left join award a on a.id = q.award_id
				where q.edition_id = ? order by 1""").param(editionId).query(String.class).list();
	}

	@Test
	void questionsAreCopiedWithTheirAwards() {
		long copy = clone("clone-q-" + System.nanoTime());
		long source = id("i4-impact-2026");
		assertThat(questions(copy)).isEqualTo(questions(source)).hasSizeGreaterThan(20);
		assertThat(questions(copy)).anyMatch(q -> q.startsWith("2.2|Giảm phát thải CO2 (tấn/năm)|"))
			.anyMatch(q -> q.startsWith("*|Hồ sơ tham gia (tệp PDF)|") && q.contains("|FILE|true|") && q.contains("|PDF|"));
		// the copies point at the new edition's awards, not the old ones
		assertThat(jdbc.sql("""
				select count(*) from award_question q join award a on a.id = q.award_id
				where q.edition_id = ? and a.edition_id <> q.edition_id""").param(copy).query(Long.class).single()).isZero();
	}

	@Test
	void structureIsCopiedAndTheSourceIsUntouched() {
		long source = id("i4-impact-2026");
		String before = structure(source);
		long copy = clone("clone-s-" + System.nanoTime());
		assertThat(structure(copy)).isEqualTo(before);
		assertThat(structure(source)).isEqualTo(before);
		assertThat(jdbc.sql("select status || is_current from edition where id = ?").param(copy).query(String.class).single())
			.isEqualTo("DRAFTfalse");
		assertThat(jdbc.sql("select count(*) from edition_phase where edition_id = ?").param(copy).query(Long.class).single())
			.isEqualTo(6);
	}

	String structure(long editionId) {
		return jdbc.sql("""
				select string_agg(c.code || ':' || a.code || ':' || a.name_vi || ':' || a.hidden || ':' || coalesce(a.planned_honourees, -1)
				       || ':' || (select string_agg(t.nominee_type, ',' order by t.nominee_type) from award_nominee_type t where t.award_id = a.id),
				       ';' order by c.sort_order, a.sort_order)
				from award a join category c on c.id = a.category_id where a.edition_id = ?""").param(editionId)
			.query(String.class).single();
	}

	/**
	 * Nothing else belongs to the new edition: every table that references an edition (today and as later modules add
	 * nominations, jurors, results) holds rows for it only if it is part of the structure.
	 */
	@Test
	void nothingButStructureQuestionsAndTimelineIsCopied() {
		long copy = clone("clone-n-" + System.nanoTime());
		List<String> tables = jdbc.sql("""
				select distinct tc.table_name || '.' || kcu.column_name
				from information_schema.table_constraints tc
				join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
				where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'edition'""").query(String.class).list();
		assertThat(tables).contains("category.edition_id", "award.edition_id", "award_question.edition_id",
				"edition_phase.edition_id");
		for (String table : tables) {
			String[] parts = table.split("\\.");
			if (List.of("category", "award", "award_question", "edition_phase").contains(parts[0])) {
				continue;
			}
			assertThat(jdbc.sql("select count(*) from " + parts[0] + " where " + parts[1] + " = ?").param(copy)
				.query(Long.class).single()).as(table).isZero();
		}
	}

}
