package vn.i4impact.portal.program.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.shared.BaseEntity;

/** A question of the nomination form: for one award, or common to all awards of the edition (no award). */
@Entity
@Table(name = "award_question")
public class AwardQuestion extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "award_id")
	private Award award;

	private String labelVi;

	private String labelEn;

	private String helpVi;

	private String helpEn;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private boolean required;

	private Integer wordLimit;

	private String unitVi;

	private String unitEn;

	private String optionsVi;

	private String optionsEn;

	private String fileKinds;

	private int sortOrder;

	protected AwardQuestion() {
	}

	public AwardQuestion(Edition edition, Award award, int sortOrder) {
		this.edition = edition;
		this.award = award;
		this.sortOrder = sortOrder;
	}

	/** Limits that do not belong to the kind are dropped, so a question never carries a stale unit or choice list. */
	public void describe(String labelVi, String labelEn, String helpVi, String helpEn, QuestionKind kind,
			boolean required, Integer wordLimit, String unitVi, String unitEn, String optionsVi, String optionsEn,
			String fileKinds) {
		this.labelVi = labelVi;
		this.labelEn = labelEn;
		this.helpVi = helpVi;
		this.helpEn = helpEn;
		this.kind = kind;
		this.required = required;
		this.wordLimit = kind.hasWordLimit() ? wordLimit : null;
		this.unitVi = kind.hasUnit() ? unitVi : null;
		this.unitEn = kind.hasUnit() ? unitEn : null;
		this.optionsVi = kind.hasOptions() ? optionsVi : null;
		this.optionsEn = kind.hasOptions() ? optionsEn : null;
		this.fileKinds = kind.isFile() ? fileKinds : null;
	}

	public Question toQuestion() {
		return new Question(getId(), award == null ? null : award.getCode(), labelVi, labelEn, helpVi, helpEn, kind,
				required, wordLimit, unitVi, unitEn, lines(optionsVi), lines(optionsEn),
				fileKinds == null ? null : Arrays.stream(fileKinds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	private static List<String> lines(String text) {
		return text == null ? null : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Edition getEdition() {
		return edition;
	}

	public Award getAward() {
		return award;
	}

	public String getLabelVi() {
		return labelVi;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public String getHelpVi() {
		return helpVi;
	}

	public String getHelpEn() {
		return helpEn;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public boolean isRequired() {
		return required;
	}

	public Integer getWordLimit() {
		return wordLimit;
	}

	public String getUnitVi() {
		return unitVi;
	}

	public String getUnitEn() {
		return unitEn;
	}

	public String getOptionsVi() {
		return optionsVi;
	}

	public String getOptionsEn() {
		return optionsEn;
	}

	public String getFileKinds() {
		return fileKinds;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

}
