package vn.i4impact.portal.program.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.shared.web.NotFoundException;

/** The committee's changes to the questions of an edition (common to all awards, or an award's own), audited. */
@Service
@Transactional
public class QuestionAdministration {

	public record QuestionData(String labelVi, String labelEn, String helpVi, String helpEn, QuestionKind kind,
			boolean required, Integer wordLimit, String unitVi, String unitEn, String optionsVi, String optionsEn,
			String fileKinds) {
	}

	private final EditionAdministration editions;

	private final StructureAdministration structure;

	private final AwardQuestionRepository questions;

	private final AuditTrail audit;

	QuestionAdministration(EditionAdministration editions, StructureAdministration structure,
			AwardQuestionRepository questions, AuditTrail audit) {
		this.editions = editions;
		this.structure = structure;
		this.questions = questions;
		this.audit = audit;
	}

	private Edition edition(String code) {
		return editions.edition(code);
	}

	private Award award(Edition edition, String awardCode) {
		return structure.award(edition, awardCode);
	}

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
		AdminChanges.checkVersion(question.getVersion(), version);
		Map<String, Object> before = questionMap(question);
		describe(question, data);
		AdminChanges.recordChange(audit, "question.update", "award_question", id, "Edited question in " + editionCode, before,
				questionMap(question));
	}

	public void moveQuestion(String editionCode, long id, boolean up) {
		Edition edition = edition(editionCode);
		AwardQuestion question = question(edition, id);
		List<AwardQuestion> list = new ArrayList<>(question.getAward() == null ? questions.findCommon(edition.getId())
				: questions.findForAward(question.getAward().getId()));
		if (AdminChanges.swap(list, list.indexOf(question), up, AwardQuestion::setSortOrder)) {
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

	private static void describe(AwardQuestion q, QuestionData d) {
		q.describe(d.labelVi(), d.labelEn(), d.helpVi(), d.helpEn(), d.kind(), d.required(), d.wordLimit(), d.unitVi(),
				d.unitEn(), d.optionsVi(), d.optionsEn(), d.fileKinds());
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
