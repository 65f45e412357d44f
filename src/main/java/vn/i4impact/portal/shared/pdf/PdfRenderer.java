package vn.i4impact.portal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template (well-formed XHTML under templates/pdf/) to PDF, streaming to the given output. Noto
 * Sans is embedded so Vietnamese diacritics print correctly whatever fonts the server has.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "Noto Sans";

	private final SpringTemplateEngine templates;

	PdfRenderer(SpringTemplateEngine templates) {
		this.templates = templates;
		StandardFonts.install("fonts/NotoSans-Regular.ttf");
	}

	public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
		String html = templates.process(template, new Context(locale, model));
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/NotoSans-Regular.ttf"), FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/NotoSans-Bold.ttf"), FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
