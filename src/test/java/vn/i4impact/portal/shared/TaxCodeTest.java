package vn.i4impact.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaxCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "0100109106", "0300588569", "0100109106-001", "0100 109 106", "0100.109.106" })
	void acceptsRealTaxCodesAsPeopleTypeThem(String code) {
		assertThat(TaxCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0100109107", "010010910", "01001091066", "0100109106-01", "abcdefghij", "0100109106/001" })
	void refusesWrongLengthFormatOrCheckDigit(String code) {
		assertThat(TaxCode.isValid(code)).isFalse();
	}

	@Test
	void nullIsNotValid() {
		assertThat(TaxCode.isValid(null)).isFalse();
		assertThat(TaxCode.normalize("0100 109.106")).isEqualTo("0100109106");
	}

}
