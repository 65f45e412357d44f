package vn.i4impact.portal.program.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.program.EditionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionTest {

	@Test
	void aNewEditionIsADraftThatMovesOneStepAtATime() {
		Edition edition = new Edition("i4-impact-2027", 2027);
		assertThat(edition.getStatus()).isEqualTo(EditionStatus.DRAFT);
		assertThatThrownBy(() -> edition.moveTo(EditionStatus.JURY)).isInstanceOf(IllegalStateException.class);
		edition.moveTo(EditionStatus.OPEN);
		edition.moveTo(EditionStatus.IN_REVIEW);
		assertThatThrownBy(() -> edition.moveTo(EditionStatus.OPEN)).isInstanceOf(IllegalStateException.class);
		assertThat(edition.getStatus()).isEqualTo(EditionStatus.IN_REVIEW);
	}

	@Test
	void theIntroductionIsSplitIntoParagraphsOnBlankLines() {
		Edition edition = new Edition("i4-impact-2027", 2027);
		edition.describe(2027, "Tên", null, "Ngắn", null, null, "Ban Tổ chức", null, "Đoạn một.\n\n  Đoạn hai,\ncùng đoạn.\n\n\n",
				null, null, null);
		assertThat(edition.introParagraphs(Locale.forLanguageTag("vi")))
			.containsExactly("Đoạn một.", "Đoạn hai,\ncùng đoạn.");
	}

}
