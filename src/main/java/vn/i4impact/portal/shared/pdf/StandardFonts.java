package vn.i4impact.portal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.core.io.ClassPathResource;

/**
 * The PDF library sets up the 14 standard PDF fonts (Times, Helvetica, Courier, Symbol, ZapfDingbats) for every
 * document and asks PDFBox for a system font to draw each with; a server without them logged "Using fallback font"
 * 13 times per PDF. Our documents never print in those fonts (every style names the embedded Noto Sans), so they
 * are registered here, once, as Noto Sans: an exact mapping, no fallback, no warning. Other names go to PDFBox's
 * own mapper as before.
 */
final class StandardFonts implements FontMapper {

	private static volatile boolean installed;

	private final FontMapper others;

	private final TrueTypeFont noto;

	private StandardFonts(FontMapper others, TrueTypeFont noto) {
		this.others = others;
		this.noto = noto;
	}

	static synchronized void install(String regularFontPath) {
		if (installed) {
			return;
		}
		try (InputStream in = new ClassPathResource(regularFontPath).getInputStream()) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			FontMappers.set(new StandardFonts(FontMappers.instance(), font));
			installed = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return Standard14Fonts.containsName(baseFont) ? new FontMapping<>(noto, false)
				: others.getTrueTypeFont(baseFont, descriptor);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		return Standard14Fonts.containsName(baseFont) ? new FontMapping<>(noto, false)
				: others.getFontBoxFont(baseFont, descriptor);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
		return others.getCIDFont(baseFont, descriptor, systemInfo);
	}

}
