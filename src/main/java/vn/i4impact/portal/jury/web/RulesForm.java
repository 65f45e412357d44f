package vn.i4impact.portal.jury.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.standing.RankingRules;
import vn.i4impact.portal.jury.internal.standing.RulesSettings;

/**
 * The ranking rules form. Every field is kept as typed (text), so a refused value comes back to the user as they
 * wrote it; {@link #validate} names the faulty fields, {@link #tieBreak()} and the parsers give the stored values.
 */
public class RulesForm {

	/** The cut line: the default (twice the planned honourees), a number of dossiers, or a minimum score. */
	public enum Cut {
		DEFAULT, TOP, MIN_SCORE
	}

	public static final String CRITERION = "CRITERION";

	public static final List<String> STEP_CHOICES = List.of(RankingRules.HIGHER_MEDIAN, RankingRules.MORE_TOP_MARKS,
			CRITERION, RankingRules.COMMITTEE_VOTE);

	private long version;

	private String official = Method.MEAN.name();

	private String step1 = "";

	private String step2 = "";

	private String step3 = "";

	private String step4 = "";

	private String criterionCode = "";

	private String threshold = "25";

	private String cut = Cut.DEFAULT.name();

	private String cutTop = "";

	private String cutMinScore = "";

	public static RulesForm of(RulesSettings.Settings settings) {
		RulesForm form = new RulesForm();
		form.version = settings.version();
		form.official = settings.official().name();
		List<String> steps = settings.steps();
		String[] slots = new String[] { "", "", "", "" };
		for (int i = 0; i < steps.size() && i < 4; i++) {
			String step = steps.get(i);
			if (step.startsWith(RankingRules.CRITERION)) {
				form.criterionCode = step.substring(RankingRules.CRITERION.length());
				step = CRITERION;
			}
			slots[i] = step;
		}
		form.step1 = slots[0];
		form.step2 = slots[1];
		form.step3 = slots[2];
		form.step4 = slots[3];
		form.threshold = settings.threshold().stripTrailingZeros().toPlainString();
		if (settings.cutTop() != null) {
			form.cut = Cut.TOP.name();
			form.cutTop = settings.cutTop().toString();
		}
		else if (settings.cutMinScore() != null) {
			form.cut = Cut.MIN_SCORE.name();
			form.cutMinScore = settings.cutMinScore().stripTrailingZeros().toPlainString();
		}
		return form;
	}

	/** Field messages for anything that cannot be stored; {@code codes}: the round's criterion codes. */
	public void validate(Errors errors, List<String> codes) {
		if (method() == null) {
			errors.rejectValue("official", "ranking.config.error.method");
		}
		List<String> seen = new ArrayList<>();
		String[] steps = steps();
		int last = -1;
		for (int i = 0; i < steps.length; i++) {
			if (!steps[i].isEmpty()) {
				last = i;
			}
		}
		for (int i = 0; i < steps.length; i++) {
			String field = "step" + (i + 1);
			String step = steps[i];
			if (step.isEmpty()) {
				if (i < last) {
					errors.rejectValue(field, "ranking.config.error.gap");
				}
				continue;
			}
			if (!STEP_CHOICES.contains(step)) {
				errors.rejectValue(field, "ranking.config.error.step");
			}
			else if (seen.contains(step)) {
				errors.rejectValue(field, "ranking.config.error.twice");
			}
			else if (step.equals(RankingRules.COMMITTEE_VOTE) && i != last) {
				errors.rejectValue(field, "ranking.config.error.voteLast");
			}
			seen.add(step);
		}
		if (seen.contains(CRITERION) && !codes.contains(criterionCode.strip())) {
			errors.rejectValue("criterionCode", "ranking.config.error.criterion");
		}
		BigDecimal t = decimal(threshold);
		if (t == null || t.signum() <= 0 || t.compareTo(BigDecimal.valueOf(100)) > 0 || t.scale() > 2) {
			errors.rejectValue("threshold", "ranking.config.error.threshold");
		}
		Cut kind = cutKind();
		if (kind == null) {
			errors.rejectValue("cut", "ranking.config.error.cut");
		}
		else if (kind == Cut.TOP && topValue() == null) {
			errors.rejectValue("cutTop", "ranking.config.error.cutTop");
		}
		else if (kind == Cut.MIN_SCORE && minScoreValue() == null) {
			errors.rejectValue("cutMinScore", "ranking.config.error.cutMinScore");
		}
	}

	/** The stored tie-break text, e.g. {@code CRITERION:C1,HIGHER_MEDIAN,COMMITTEE_VOTE}. */
	public String tieBreak() {
		List<String> out = new ArrayList<>();
		for (String step : steps()) {
			if (!step.isEmpty()) {
				out.add(step.equals(CRITERION) ? RankingRules.CRITERION + criterionCode.strip() : step);
			}
		}
		return String.join(",", out);
	}

	public Method method() {
		return Arrays.stream(Method.values()).filter(m -> m.name().equals(official)).findFirst().orElse(null);
	}

	public BigDecimal thresholdValue() {
		return decimal(threshold);
	}

	public Integer topValue() {
		if (cutKind() != Cut.TOP) {
			return null;
		}
		try {
			int n = Integer.parseInt(cutTop.strip());
			return n >= 1 && n <= 1000 ? n : null;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

	public BigDecimal minScoreValue() {
		if (cutKind() != Cut.MIN_SCORE) {
			return null;
		}
		BigDecimal v = decimal(cutMinScore);
		return v != null && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0 && v.scale() <= 2 ? v : null;
	}

	private Cut cutKind() {
		return Arrays.stream(Cut.values()).filter(c -> c.name().equals(cut)).findFirst().orElse(null);
	}

	private String[] steps() {
		return new String[] { nz(step1), nz(step2), nz(step3), nz(step4) };
	}

	private static String nz(String s) {
		return s == null ? "" : s.strip();
	}

	/** A decimal as typed, with a comma accepted as the decimal mark (Vietnamese usage); null when it is not one. */
	private static BigDecimal decimal(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getOfficial() { return official; }
	public void setOfficial(String official) { this.official = official; }
	public String getStep1() { return step1; }
	public void setStep1(String step1) { this.step1 = step1; }
	public String getStep2() { return step2; }
	public void setStep2(String step2) { this.step2 = step2; }
	public String getStep3() { return step3; }
	public void setStep3(String step3) { this.step3 = step3; }
	public String getStep4() { return step4; }
	public void setStep4(String step4) { this.step4 = step4; }
	public String getCriterionCode() { return criterionCode; }
	public void setCriterionCode(String criterionCode) { this.criterionCode = criterionCode; }
	public String getThreshold() { return threshold; }
	public void setThreshold(String threshold) { this.threshold = threshold; }
	public String getCut() { return cut; }
	public void setCut(String cut) { this.cut = cut; }
	public String getCutTop() { return cutTop; }
	public void setCutTop(String cutTop) { this.cutTop = cutTop; }
	public String getCutMinScore() { return cutMinScore; }
	public void setCutMinScore(String cutMinScore) { this.cutMinScore = cutMinScore; }
}
