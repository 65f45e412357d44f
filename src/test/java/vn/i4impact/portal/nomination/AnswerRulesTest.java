package vn.i4impact.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.QuestionKind;

/** Numbers are accepted only as people write them on paper: plain digits, a decimal comma or point, no exponent. */
class AnswerRulesTest {

	private static Question question(QuestionKind kind) {
		return new Question(1, null, "Số liệu", "Figure", null, null, kind, true, null, "tấn", "tonnes", null, null,
				null);
	}

	private static Optional<String> decimal(String raw) {
		return AnswerRules.check(question(QuestionKind.DECIMAL), raw);
	}

	private static Optional<String> integer(String raw) {
		return AnswerRules.check(question(QuestionKind.INTEGER), raw);
	}

	@Test
	void decimalsInPlainNotationWithCommaOrPointAreAccepted() {
		for (String ok : new String[] { "1,5", "1.5", "0", "+2", "12000", " 1 000,25 ", "123456789012345",
				"123456789012345,123456", "0.000001", "5." }) {
			assertThat(decimal(ok)).as(ok).isEmpty();
		}
		assertThat(decimal("-1,5")).contains("answer.negative");
	}

	@Test
	void decimalsWithAnExponentOrTooManyDigitsAreRefusedWithTheirOwnMessage() {
		for (String plain : new String[] { "1e5", "1E5", "1,5e3", "2.5E-3", "1e999999999", "1234567890123456",
				"1,1234567", "0.0000001" }) {
			assertThat(decimal(plain)).as(plain).contains("answer.decimal.plain");
		}
		for (String nonsense : new String[] { "NaN", "Infinity", "-Infinity", "khoảng 500 tấn", "1,000.5", "0x10" }) {
			assertThat(decimal(nonsense)).as(nonsense).contains("answer.decimal");
		}
	}

	@Test
	void integersHaveAtMostFifteenDigitsAndNoExponent() {
		for (String ok : new String[] { "12000", "+12000", "0", " 12 000 ", "123456789012345" }) {
			assertThat(integer(ok)).as(ok).isEmpty();
		}
		assertThat(integer("-3")).contains("answer.negative");
		for (String plain : new String[] { "1e5", "1E3", "1234567890123456", "9223372036854775807" }) {
			assertThat(integer(plain)).as(plain).contains("answer.integer.plain");
		}
		for (String nonsense : new String[] { "1,5", "NaN", "Infinity", "mười hai" }) {
			assertThat(integer(nonsense)).as(nonsense).contains("answer.integer");
		}
	}

	@Test
	void digitsOfOtherScriptsAreNotPlainDigits() {
		// Long.parseLong and BigDecimal read Arabic-Indic digits; a spreadsheet does not
		assertThat(integer("١٢")).isPresent();
		assertThat(decimal("١,٥")).isPresent();
	}

	@Test
	void theExportReadsTheSameNumbersTheFormAccepts() {
		assertThat(AnswerRules.plainDecimal("1,5")).contains(new BigDecimal("1.5"));
		assertThat(AnswerRules.plainDecimal("-2.25")).contains(new BigDecimal("-2.25"));
		assertThat(AnswerRules.plainDecimal("1e5")).isEmpty();
		assertThat(AnswerRules.plainDecimal("NaN")).isEmpty();
		assertThat(AnswerRules.plainDecimal(null)).isEmpty();
		assertThat(AnswerRules.plainInteger("12 000")).contains(12000L);
		assertThat(AnswerRules.plainInteger("1234567890123456")).isEmpty();
		assertThat(AnswerRules.plainInteger("1,5")).isEmpty();
	}

}
