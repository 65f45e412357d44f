package vn.i4impact.portal.jury.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaRulesTest {

	static Criterion c(String code, int weight) {
		return c(code, weight, 0, 10);
	}

	static Criterion c(String code, int weight, int min, int max) {
		return new Criterion(null, 1, null, code, "Tên " + code, "Name " + code, null, null, null, null, weight, min,
				max, 1);
	}

	@Test
	void weightsAddingUpTo100Pass() {
		assertThatCode(() -> CriteriaRules.check(List.of(c("A", 30), c("B", 25), c("C", 20), c("D", 15), c("E", 10))))
			.doesNotThrowAnyException();
		assertThatCode(() -> CriteriaRules.check(List.of(c("ONLY", 100)))).doesNotThrowAnyException();
	}

	@Test
	void weightsNotAddingUpTo100AreRefusedWithTheTotal() {
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 30), c("B", 60))))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("jury.criteria.total");
				assertThat(e.args()).containsExactly(90);
			});
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 60), c("B", 60)))).hasMessage("jury.criteria.total");
	}

	@Test
	void eachCriterionIsChecked() {
		assertThatThrownBy(() -> CriteriaRules.check(List.of())).hasMessage("jury.criteria.empty");
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 0), c("B", 100)))).hasMessage("jury.criteria.weight");
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 50), c("A", 50)))).hasMessage("jury.criteria.code");
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 100, 5, 5)))).hasMessage("jury.criteria.scale");
		assertThatThrownBy(() -> CriteriaRules.check(List.of(c("A", 100, -1, 10)))).hasMessage("jury.criteria.scale");
		assertThatThrownBy(() -> CriteriaRules.check(List.of(new Criterion(null, 1, null, "A", " ", "Impact", null, null,
				null, null, 100, 0, 10, 1)))).hasMessage("jury.criteria.name");
	}

	@Test
	void scoresAreWholeNumbersWithinTheScale() {
		Criterion impact = c("A", 100, 1, 9);
		assertThat(impact.accepts(1)).isTrue();
		assertThat(impact.accepts(9)).isTrue();
		assertThat(impact.accepts(0)).isFalse();
		assertThat(impact.accepts(10)).isFalse();
	}

}
