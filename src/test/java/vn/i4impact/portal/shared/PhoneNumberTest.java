package vn.i4impact.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "(024) 3822 1234", "0916.850.581" })
	void acceptsVietnameseNumbers(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "091234567", "0912345678901", "phone", "+1 202 555 0100" })
	void refusesOthers(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isFalse();
	}

	@Test
	void normalizesToNationalDigits() {
		assertThat(PhoneNumber.normalize("+84 912 345 678")).isEqualTo("0912345678");
	}

}
