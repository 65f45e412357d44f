package vn.i4impact.portal.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF renders with the embedded font and without the PDF library's font-fallback warnings. */
@ExtendWith(OutputCaptureExtension.class)
class PdfFontsTest {

	@Test
	void rendersWithoutFallbackFontWarnings(CapturedOutput output) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		PdfRenderer renderer = new PdfRenderer(engine);
		for (int i = 0; i < 2; i++) {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			renderer.render("""
					<html xmlns="http://www.w3.org/1999/xhtml"><head><style>body { font-family: 'Noto Sans'; }</style></head>
					<body><h1>Biên nhận hồ sơ</h1><p>Đơn vị: Trung tâm Phục vụ hành chính công</p></body></html>""",
					Map.of(), Locale.ROOT, pdf);
			assertThat(new String(pdf.toByteArray(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		}
		assertThat(output.getAll()).doesNotContainIgnoringCase("fallback font");
	}

}
