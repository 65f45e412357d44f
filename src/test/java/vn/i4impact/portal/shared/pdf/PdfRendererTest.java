package vn.i4impact.portal.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PdfRendererTest {

	@Autowired
	PdfRenderer renderer;

	@Test
	void vietnameseDiacriticsSurviveIntoThePdf() throws Exception {
		var out = new ByteArrayOutputStream();
		renderer.render("pdf/test-receipt", Map.of("title", "Thành tựu vì Việt Nam số",
				"body", "Công nghệ AI tác động tới cuộc sống – Đổi mới sáng tạo vì phát triển bền vững, môi trường xanh"),
				Locale.forLanguageTag("vi"), out);
		byte[] pdf = out.toByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Thành tựu vì Việt Nam số")
				.contains("Công nghệ AI tác động tới cuộc sống")
				.contains("Đổi mới sáng tạo vì phát triển bền vững, môi trường xanh");
			assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
	}

}
