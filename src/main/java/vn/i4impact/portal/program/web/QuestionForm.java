package vn.i4impact.portal.program.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.program.internal.AwardQuestion;
import vn.i4impact.portal.program.internal.QuestionAdministration.QuestionData;

/** A question of the nomination form; limits that do not fit the kind are ignored. */
public class QuestionForm {

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String labelVi;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String labelEn;

	@Size(max = 1000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String helpVi;

	@Size(max = 1000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String helpEn;

	@NotNull(message = "{field.required}")
	private QuestionKind kind;

	private boolean required;

	@Min(value = 1, message = "{admin.question.wordLimitMin}")
	@Max(value = 100000, message = "{admin.question.wordLimitMin}")
	private Integer wordLimit;

	@Size(max = 60, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String unitVi;

	@Size(max = 60, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String unitEn;

	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String optionsVi;

	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String optionsEn;

	private Set<String> fileKinds = new LinkedHashSet<>();

	private long version;

	/** The kinds of file a question may accept. */
	static final List<String> FILE_KINDS = List.of("PDF", "DOCX", "XLSX", "PPTX", "JPG", "PNG", "MP4");

	/** A new question: short text until the committee picks another kind. */
	static QuestionForm blank() {
		QuestionForm form = new QuestionForm();
		form.kind = QuestionKind.SHORT_TEXT;
		return form;
	}

	/** The form filled with a stored question, for editing. */
	static QuestionForm of(AwardQuestion q) {
		QuestionForm form = new QuestionForm();
		form.labelVi = q.getLabelVi();
		form.labelEn = q.getLabelEn();
		form.helpVi = q.getHelpVi();
		form.helpEn = q.getHelpEn();
		form.kind = q.getKind();
		form.required = q.isRequired();
		form.wordLimit = q.getWordLimit();
		form.unitVi = q.getUnitVi();
		form.unitEn = q.getUnitEn();
		form.optionsVi = q.getOptionsVi();
		form.optionsEn = q.getOptionsEn();
		if (q.getFileKinds() != null) {
			form.fileKinds.addAll(Arrays.stream(q.getFileKinds().split(",")).map(String::strip).toList());
		}
		form.version = q.getVersion();
		return form;
	}

	/** Only the kinds the portal knows are kept; none at all is stored as null. */
	QuestionData toData() {
		String kinds = fileKinds == null ? null : String.join(",", fileKinds.stream().filter(FILE_KINDS::contains).toList());
		return new QuestionData(labelVi, labelEn, helpVi, helpEn, kind, required, wordLimit, unitVi, unitEn, optionsVi,
				optionsEn, kinds == null || kinds.isEmpty() ? null : kinds);
	}

	public String getLabelVi() {
		return labelVi;
	}

	public void setLabelVi(String labelVi) {
		this.labelVi = labelVi;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getHelpVi() {
		return helpVi;
	}

	public void setHelpVi(String helpVi) {
		this.helpVi = helpVi;
	}

	public String getHelpEn() {
		return helpEn;
	}

	public void setHelpEn(String helpEn) {
		this.helpEn = helpEn;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public Integer getWordLimit() {
		return wordLimit;
	}

	public void setWordLimit(Integer wordLimit) {
		this.wordLimit = wordLimit;
	}

	public String getUnitVi() {
		return unitVi;
	}

	public void setUnitVi(String unitVi) {
		this.unitVi = unitVi;
	}

	public String getUnitEn() {
		return unitEn;
	}

	public void setUnitEn(String unitEn) {
		this.unitEn = unitEn;
	}

	public String getOptionsVi() {
		return optionsVi;
	}

	public void setOptionsVi(String optionsVi) {
		this.optionsVi = optionsVi;
	}

	public String getOptionsEn() {
		return optionsEn;
	}

	public void setOptionsEn(String optionsEn) {
		this.optionsEn = optionsEn;
	}

	public Set<String> getFileKinds() {
		return fileKinds;
	}

	public void setFileKinds(Set<String> fileKinds) {
		this.fileKinds = fileKinds;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
