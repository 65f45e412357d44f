package vn.i4impact.portal.program;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a new edition from an earlier one: structure (categories, awards, nominee rules, form questions) and timeline
 * shifted by an offset; never nominations or people. Done in SQL so a large edition copies in a few statements.
 */
@Service
public class EditionCloning {

	private final JdbcClient jdbc;

	EditionCloning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewEdition(String code, int year, String nameVi, String nameEn, String shortName, boolean demo) {
	}

	/** @return the id of the new edition, in DRAFT status and not current. */
	@Transactional
	public long cloneEdition(String sourceCode, NewEdition target, Duration shift) {
		Long sourceId = jdbc.sql("select id from edition where code = ?").param(sourceCode).query(Long.class).single();
		long newId = jdbc.sql("""
				insert into edition (code, year, name_vi, name_en, short_name, honour_vi, honour_en, organiser_vi,
				                     organiser_en, intro_vi, intro_en, contact_email, contact_phone, status, is_current, is_demo)
				select ?, ?, ?, ?, ?, honour_vi, honour_en, organiser_vi, organiser_en, intro_vi, intro_en,
				       contact_email, contact_phone, 'DRAFT', false, ?
				from edition where id = ?
				returning id""")
			.params(target.code(), target.year(), target.nameVi(), target.nameEn(), target.shortName(), target.demo(),
					sourceId)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into category (edition_id, code, name_vi, name_en, description_vi, description_en, sort_order)
				select ?, code, name_vi, name_en, description_vi, description_en, sort_order from category where edition_id = ?""")
			.params(newId, sourceId)
			.update();
		jdbc.sql("""
				insert into award (edition_id, category_id, code, name_vi, name_en, summary_vi, summary_en,
				                   description_vi, description_en, sort_order, planned_honourees, hidden)
				select ?, nc.id, a.code, a.name_vi, a.name_en, a.summary_vi, a.summary_en, a.description_vi,
				       a.description_en, a.sort_order, a.planned_honourees, a.hidden
				from award a
				join category oc on oc.id = a.category_id
				join category nc on nc.edition_id = ? and nc.code = oc.code
				where a.edition_id = ?""")
			.params(newId, newId, sourceId)
			.update();
		jdbc.sql("""
				insert into award_nominee_type (award_id, nominee_type)
				select na.id, t.nominee_type
				from award_nominee_type t
				join award oa on oa.id = t.award_id and oa.edition_id = ?
				join award na on na.edition_id = ? and na.code = oa.code""")
			.params(sourceId, newId)
			.update();
		// common questions (no award), then each award's questions matched by award code
		jdbc.sql("""
				insert into award_question (edition_id, award_id, label_vi, label_en, help_vi, help_en, kind, required,
				                            word_limit, unit_vi, unit_en, options_vi, options_en, file_kinds, sort_order)
				select ?, na.id, q.label_vi, q.label_en, q.help_vi, q.help_en, q.kind, q.required, q.word_limit,
				       q.unit_vi, q.unit_en, q.options_vi, q.options_en, q.file_kinds, q.sort_order
				from award_question q
				left join award oa on oa.id = q.award_id
				left join award na on na.edition_id = ? and na.code = oa.code
				where q.edition_id = ? and (q.award_id is null or na.id is not null)""")
			.params(newId, newId, sourceId)
			.update();
		jdbc.sql("""
				insert into edition_phase (edition_id, kind, starts_at, ends_at)
				select ?, kind, starts_at + make_interval(secs => ?), ends_at + make_interval(secs => ?)
				from edition_phase where edition_id = ?""")
			.params(newId, shift.toSeconds(), shift.toSeconds(), sourceId)
			.update();
		return newId;
	}

	/** Publishes an edition for nominations and makes it the one on the home page. */
	@Transactional
	public void openAndMakeCurrent(long editionId) {
		jdbc.sql("update edition set is_current = false, version = version + 1 where is_current").update();
		jdbc.sql("update edition set is_current = true, status = 'OPEN', version = version + 1 where id = ?")
			.param(editionId)
			.update();
	}

}
