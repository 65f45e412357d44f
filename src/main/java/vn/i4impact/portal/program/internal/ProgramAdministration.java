package vn.i4impact.portal.program.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.program.TimelineRules;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Every change the organising committee makes to an edition's structure, each in one transaction with its audit
 * entry. Rules that depend on stored data (unique codes, removal of used awards) are checked here so no screen can
 * skip them; the database constraints remain the last line.
 */
@Service
@Transactional
public class ProgramAdministration {

	public record EditionData(int year, String nameVi, String nameEn, String shortName, String honourVi,
			String honourEn, String organiserVi, String organiserEn, String introVi, String introEn,
			String contactEmail, String contactPhone) {
	}

	public record CategoryData(String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
	}

	public record AwardData(long categoryId, String code, String nameVi, String nameEn, String summaryVi,
			String summaryEn, String descriptionVi, String descriptionEn, Integer plannedHonourees,
			Set<UnitType> nomineeTypes) {
	}

	public record QuestionData(String labelVi, String labelEn, String helpVi, String helpEn, QuestionKind kind,
			boolean required, Integer wordLimit, String unitVi, String unitEn, String optionsVi, String optionsEn,
			String fileKinds) {
	}

	private final EditionRepository editions;

	private final CategoryRepository categories;

	private final AwardRepository awards;

	private final AwardQuestionRepository questions;

	private final EditionPhaseRepository phases;

	private final EditionCloning cloning;

	private final AwardRemovalGuard guard;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	ProgramAdministration(EditionRepository editions, CategoryRepository categories, AwardRepository awards,
			AwardQuestionRepository questions, EditionPhaseRepository phases, EditionCloning cloning,
			AwardRemovalGuard guard, AuditTrail audit, JdbcClient jdbc) {
		this.editions = editions;
		this.categories = categories;
		this.awards = awards;
		this.questions = questions;
		this.phases = phases;
		this.cloning = cloning;
		this.guard = guard;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	// --- editions -----------------------------------------------------------------------------------------------

	public Edition edition(String code) {
		return editions.findByCode(code).orElseThrow(NotFoundException::new);
	}

	public Edition createEdition(String code, EditionData data) {
		if (editions.existsByCode(code)) {
			throw new RuleException("code", "admin.edition.codeTaken", code);
		}
		Edition edition = new Edition(code, data.year());
		describe(edition, data);
		editions.save(edition);
		audit.record("edition.create", "edition", code, "Created edition " + code, null, editionMap(edition));
		return edition;
	}

	public void updateEdition(String code, long version, EditionData data) {
		Edition edition = edition(code);
		checkVersion(edition.getVersion(), version);
		Map<String, Object> before = editionMap(edition);
		describe(edition, data);
		recordChange("edition.update", "edition", code, "Edited edition " + code, before, editionMap(edition));
	}

	public void moveStatus(String code, EditionStatus target) {
		Edition edition = edition(code);
		EditionStatus from = edition.getStatus();
		if (!from.canMoveTo(target) || (target == EditionStatus.DRAFT && edition.isCurrent())) {
			throw new RuleException(null, "admin.edition.statusRefused");
		}
		edition.moveTo(target);
		audit.record("edition.status", "edition", code, "Status of " + code + ": " + from + " → " + target,
				Map.of("status", from.name()), Map.of("status", target.name()));
	}

	/** Only a published edition may be the one on the home page: a draft would show unfinished work to everyone. */
	public void makeCurrent(String code) {
		Edition edition = edition(code);
		if (edition.isCurrent()) {
			return;
		}
		if (!edition.getStatus().isPublic()) {
			throw new RuleException(null, "admin.edition.currentDraft");
		}
		String previous = editions.findByCurrentTrue().map(Edition::getCode).orElse(null);
		// the partial unique index allows one current row at any moment, so clear first, then set
		jdbc.sql("update edition set is_current = false, version = version + 1 where is_current").update();
		jdbc.sql("update edition set is_current = true, version = version + 1 where id = ?").param(edition.getId()).update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("current", previous);
		audit.record("edition.current", "edition", code, "Current edition: " + code, before, Map.of("current", code));
	}

	public long cloneEdition(String sourceCode, EditionCloning.NewEdition target, int offsetDays) {
		Edition source = edition(sourceCode);
		if (editions.existsByCode(target.code())) {
			throw new RuleException("code", "admin.edition.codeTaken", target.code());
		}
		long id = cloning.cloneEdition(source.getCode(), target, Duration.ofDays(offsetDays));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", target.code());
		after.put("year", target.year());
		after.put("nameVi", target.nameVi());
		after.put("nameEn", target.nameEn());
		after.put("offsetDays", offsetDays);
		audit.record("edition.clone", "edition", target.code(), "Cloned " + sourceCode + " into " + target.code(),
				Map.of("source", sourceCode), after);
		return id;
	}

	/**
	 * Replaces the timeline with the proposed one, or stores nothing and returns what is wrong. A phase left empty is
	 * removed from the timeline.
	 */
	public List<TimelineRules.Violation> saveTimeline(String code, Map<Phase, TimelineRules.Proposed> proposed) {
		List<TimelineRules.Violation> violations = TimelineRules.check(proposed);
		if (!violations.isEmpty()) {
			return violations;
		}
		Edition edition = edition(code);
		Map<Phase, EditionPhase> existing = new EnumMap<>(Phase.class);
		edition.getPhases().forEach(p -> existing.put(p.getKind(), p));
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		for (Phase phase : Phase.values()) {
			EditionPhase current = existing.get(phase);
			TimelineRules.Proposed p = proposed.get(phase);
			boolean planned = p != null && p.startsAt() != null;
			String was = current == null ? null : current.getStartsAt() + " – " + current.getEndsAt();
			String now = planned ? p.startsAt() + " – " + p.endsAt() : null;
			if (Objects.equals(was, now)) {
				continue;
			}
			before.put(phase.name(), was);
			after.put(phase.name(), now);
			if (!planned) {
				edition.getPhases().remove(current);
				phases.delete(current);
			}
			else if (current == null) {
				EditionPhase created = new EditionPhase(edition, phase, p.startsAt(), p.endsAt());
				phases.save(created);
				edition.getPhases().add(created);
			}
			else {
				current.reschedule(p.startsAt(), p.endsAt());
			}
		}
		if (!after.isEmpty()) {
			audit.record("edition.timeline", "edition", code, "Timeline of " + code + " changed", before, after);
		}
		return List.of();
	}

	// --- categories ---------------------------------------------------------------------------------------------

	public Category category(Edition edition, long id) {
		return categories.findById(id).filter(c -> c.getEdition().getId().equals(edition.getId()))
			.orElseThrow(NotFoundException::new);
	}

	public Category createCategory(String editionCode, CategoryData data) {
		Edition edition = edition(editionCode);
		if (categories.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.category.codeTaken", data.code());
		}
		int order = categories.findByEdition(edition.getId()).stream().mapToInt(Category::getSortOrder).max().orElse(0) + 1;
		Category category = new Category(edition, data.code(), order);
		category.describe(data.code(), data.nameVi(), data.nameEn(), data.descriptionVi(), data.descriptionEn());
		categories.save(category);
		audit.record("category.create", "category", category.getId(), "Category " + data.code() + " in " + editionCode,
				null, categoryMap(category));
		return category;
	}

	public void updateCategory(String editionCode, long id, long version, CategoryData data) {
		Edition edition = edition(editionCode);
		Category category = category(edition, id);
		checkVersion(category.getVersion(), version);
		if (!category.getCode().equals(data.code()) && categories.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.category.codeTaken", data.code());
		}
		Map<String, Object> before = categoryMap(category);
		category.describe(data.code(), data.nameVi(), data.nameEn(), data.descriptionVi(), data.descriptionEn());
		recordChange("category.update", "category", id, "Category " + data.code() + " in " + editionCode, before,
				categoryMap(category));
	}

	public void moveCategory(String editionCode, long id, boolean up) {
		Edition edition = edition(editionCode);
		List<Category> list = new ArrayList<>(categories.findByEdition(edition.getId()));
		Category category = category(edition, id);
		if (swap(list, list.indexOf(category), up, Category::setSortOrder)) {
			audit.record("category.move", "category", id, "Moved category " + category.getCode() + (up ? " up" : " down"),
					null, Map.of("order", category.getSortOrder()));
		}
	}

	public void deleteCategory(String editionCode, long id) {
		Edition edition = edition(editionCode);
		Category category = category(edition, id);
		List<Long> awardIds = awards.findByCategory(id).stream().map(Award::getId).toList();
		long used = guard.submittedNominations(awardIds);
		if (used > 0) {
			throw new RuleException(null, "admin.category.inUse", category.getCode(), used);
		}
		Map<String, Object> before = categoryMap(category);
		before.put("awards", awardIds.size());
		categories.delete(category);
		audit.record("category.delete", "category", id, "Removed category " + category.getCode() + " from " + editionCode,
				before, null);
	}

	// --- awards -------------------------------------------------------------------------------------------------

	public Award award(Edition edition, String awardCode) {
		return awards.findPublic(edition.getCode(), awardCode).orElseThrow(NotFoundException::new);
	}

	public Award createAward(String editionCode, AwardData data) {
		Edition edition = edition(editionCode);
		Category category = category(edition, data.categoryId());
		if (awards.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.award.codeTaken", data.code());
		}
		int order = awards.findByEdition(edition.getId()).stream().mapToInt(Award::getSortOrder).max().orElse(0) + 1;
		Award award = new Award(edition, category, data.code(), order);
		describe(award, category, data);
		awards.save(award);
		audit.record("award.create", "award", award.getId(), "Award " + data.code() + " in " + editionCode, null,
				awardMap(award));
		return award;
	}

	public void updateAward(String editionCode, String awardCode, long version, AwardData data) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		checkVersion(award.getVersion(), version);
		Category category = category(edition, data.categoryId());
		if (!awardCode.equals(data.code()) && awards.existsByEditionIdAndCode(edition.getId(), data.code())) {
			throw new RuleException("code", "admin.award.codeTaken", data.code());
		}
		Map<String, Object> before = awardMap(award);
		describe(award, category, data);
		recordChange("award.update", "award", award.getId(), "Award " + data.code() + " in " + editionCode, before,
				awardMap(award));
	}

	public void setAwardHidden(String editionCode, String awardCode, boolean hidden) {
		Award award = award(edition(editionCode), awardCode);
		if (award.isHidden() == hidden) {
			return;
		}
		award.setHidden(hidden);
		audit.record(hidden ? "award.hide" : "award.show", "award", award.getId(),
				(hidden ? "Hid award " : "Showed award ") + awardCode + " in " + editionCode, Map.of("hidden", !hidden),
				Map.of("hidden", hidden));
	}

	public void moveAward(String editionCode, String awardCode, boolean up) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		// awards move within their category: that is the order every page shows them in
		List<Award> list = new ArrayList<>(awards.findByCategory(award.getCategory().getId()));
		if (swap(list, list.indexOf(award), up, Award::setSortOrder)) {
			audit.record("award.move", "award", award.getId(), "Moved award " + awardCode + (up ? " up" : " down"), null,
					Map.of("order", award.getSortOrder()));
		}
	}

	public void deleteAward(String editionCode, String awardCode) {
		Edition edition = edition(editionCode);
		Award award = award(edition, awardCode);
		long used = guard.submittedNominations(List.of(award.getId()));
		if (used > 0) {
			throw new RuleException(null, "admin.award.inUse", awardCode, used);
		}
		Map<String, Object> before = awardMap(award);
		awards.delete(award);
		audit.record("award.delete", "award", award.getId(), "Removed award " + awardCode + " from " + editionCode,
				before, null);
	}

	// --- questions ----------------------------------------------------------------------------------------------

	public AwardQuestion question(Edition edition, long id) {
		return questions.findWithAward(id).filter(q -> q.getEdition().getId().equals(edition.getId()))
			.orElseThrow(NotFoundException::new);
	}

	/** @param awardCode null for a question common to all awards */
	public AwardQuestion createQuestion(String editionCode, String awardCode, QuestionData data) {
		Edition edition = edition(editionCode);
		Award award = awardCode == null ? null : award(edition, awardCode);
		List<AwardQuestion> siblings = award == null ? questions.findCommon(edition.getId())
				: questions.findForAward(award.getId());
		int order = siblings.stream().mapToInt(AwardQuestion::getSortOrder).max().orElse(0) + 1;
		AwardQuestion question = new AwardQuestion(edition, award, order);
		describe(question, data);
		questions.save(question);
		audit.record("question.create", "award_question", question.getId(),
				"Question for " + (awardCode == null ? "all awards" : "award " + awardCode) + " in " + editionCode, null,
				questionMap(question));
		return question;
	}

	public void updateQuestion(String editionCode, long id, long version, QuestionData data) {
		AwardQuestion question = question(edition(editionCode), id);
		checkVersion(question.getVersion(), version);
		Map<String, Object> before = questionMap(question);
		describe(question, data);
		recordChange("question.update", "award_question", id, "Edited question in " + editionCode, before,
				questionMap(question));
	}

	public void moveQuestion(String editionCode, long id, boolean up) {
		Edition edition = edition(editionCode);
		AwardQuestion question = question(edition, id);
		List<AwardQuestion> list = new ArrayList<>(question.getAward() == null ? questions.findCommon(edition.getId())
				: questions.findForAward(question.getAward().getId()));
		if (swap(list, list.indexOf(question), up, AwardQuestion::setSortOrder)) {
			audit.record("question.move", "award_question", id, "Moved question" + (up ? " up" : " down"), null,
					Map.of("order", question.getSortOrder()));
		}
	}

	public void deleteQuestion(String editionCode, long id) {
		AwardQuestion question = question(edition(editionCode), id);
		Map<String, Object> before = questionMap(question);
		questions.delete(question);
		audit.record("question.delete", "award_question", id, "Removed question from " + editionCode, before, null);
	}

	// --- helpers ------------------------------------------------------------------------------------------------

	/** A stale form (someone saved in between) must not silently overwrite: the 409 page explains. */
	private static void checkVersion(long stored, long submitted) {
		if (stored != submitted) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException("stale form", null);
		}
	}

	/** Renumbers the list 1..n after swapping a neighbour, which also repairs duplicate orders from old data. */
	private static <T> boolean swap(List<T> list, int index, boolean up, java.util.function.ObjIntConsumer<T> order) {
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= list.size()) {
			return false;
		}
		T moved = list.get(index);
		list.set(index, list.get(other));
		list.set(other, moved);
		for (int i = 0; i < list.size(); i++) {
			order.accept(list.get(i), i + 1);
		}
		return true;
	}

	private void recordChange(String action, String type, Object id, String summary, Map<String, Object> before,
			Map<String, Object> after) {
		Map<String, Object> b = new LinkedHashMap<>();
		Map<String, Object> a = new LinkedHashMap<>();
		for (String key : new TreeSet<>(after.keySet())) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				b.put(key, before.get(key));
				a.put(key, after.get(key));
			}
		}
		if (!a.isEmpty()) {
			audit.record(action, type, id, summary, b, a);
		}
	}

	private static void describe(Edition edition, EditionData d) {
		edition.describe(d.year(), d.nameVi(), d.nameEn(), d.shortName(), d.honourVi(), d.honourEn(), d.organiserVi(),
				d.organiserEn(), d.introVi(), d.introEn(), d.contactEmail(), d.contactPhone());
	}

	private static void describe(Award award, Category category, AwardData d) {
		award.describe(category, d.code(), d.nameVi(), d.nameEn(), d.summaryVi(), d.summaryEn(), d.descriptionVi(),
				d.descriptionEn(), d.plannedHonourees(), d.nomineeTypes());
	}

	private static void describe(AwardQuestion q, QuestionData d) {
		q.describe(d.labelVi(), d.labelEn(), d.helpVi(), d.helpEn(), d.kind(), d.required(), d.wordLimit(), d.unitVi(),
				d.unitEn(), d.optionsVi(), d.optionsEn(), d.fileKinds());
	}

	private static Map<String, Object> editionMap(Edition e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("year", e.getYear());
		m.put("nameVi", e.getNameVi());
		m.put("nameEn", e.getNameEn());
		m.put("shortName", e.getShortName());
		m.put("honourVi", e.getHonourVi());
		m.put("honourEn", e.getHonourEn());
		m.put("organiserVi", e.getOrganiserVi());
		m.put("organiserEn", e.getOrganiserEn());
		m.put("introVi", e.getIntroVi());
		m.put("introEn", e.getIntroEn());
		m.put("contactEmail", e.getContactEmail());
		m.put("contactPhone", e.getContactPhone());
		return m;
	}

	private static Map<String, Object> categoryMap(Category c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", c.getCode());
		m.put("nameVi", c.getNameVi());
		m.put("nameEn", c.getNameEn());
		m.put("descriptionVi", c.getDescriptionVi());
		m.put("descriptionEn", c.getDescriptionEn());
		return m;
	}

	private static Map<String, Object> awardMap(Award a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("category", a.getCategory().getCode());
		m.put("code", a.getCode());
		m.put("nameVi", a.getNameVi());
		m.put("nameEn", a.getNameEn());
		m.put("summaryVi", a.getSummaryVi());
		m.put("summaryEn", a.getSummaryEn());
		m.put("descriptionVi", a.getDescriptionVi());
		m.put("descriptionEn", a.getDescriptionEn());
		m.put("plannedHonourees", a.getPlannedHonourees());
		m.put("nomineeTypes", a.getNomineeTypes().stream().map(Enum::name).toList());
		return m;
	}

	private static Map<String, Object> questionMap(AwardQuestion q) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("award", q.getAward() == null ? null : q.getAward().getCode());
		m.put("labelVi", q.getLabelVi());
		m.put("labelEn", q.getLabelEn());
		m.put("helpVi", q.getHelpVi());
		m.put("helpEn", q.getHelpEn());
		m.put("kind", q.getKind().name());
		m.put("required", q.isRequired());
		m.put("wordLimit", q.getWordLimit());
		m.put("unitVi", q.getUnitVi());
		m.put("unitEn", q.getUnitEn());
		m.put("optionsVi", q.getOptionsVi());
		m.put("optionsEn", q.getOptionsEn());
		m.put("fileKinds", q.getFileKinds());
		return m;
	}

}
