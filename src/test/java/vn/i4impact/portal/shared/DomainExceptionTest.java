package vn.i4impact.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

	@Test
	void aRefusalCarriesItsKeyAndACopyOfItsArguments() {
		DomainException ex = new DomainException("decision.error.notAllowed", "I4IA-2026-1.3-0001", 3);
		assertThat(ex.messageKey()).isEqualTo("decision.error.notAllowed");
		assertThat(ex.getMessage()).isEqualTo("decision.error.notAllowed");
		ex.args()[0] = "changed";
		assertThat(ex.args()).containsExactly("I4IA-2026-1.3-0001", 3);
		assertThat(ex.getStackTrace()).as("a refusal is not an error: no stack trace").isEmpty();
	}

	@Test
	void aConflictSaysWhyOnlyWhenItIsMoreThanAStaleVersion() {
		assertThat(new ConflictException().messageKey()).isNull();
		assertThat(new ConflictException().getMessage()).isEqualTo("conflict");
		assertThat(new ConflictException("decision.error.draft").messageKey()).isEqualTo("decision.error.draft");
	}

}
