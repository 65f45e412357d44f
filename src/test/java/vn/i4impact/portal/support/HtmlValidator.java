package vn.i4impact.portal.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** The Nu HTML Checker (vnu), in-process and offline: a page is valid HTML or the test names each error. */
public final class HtmlValidator {

	private HtmlValidator() {
	}

	public static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator();
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			validator.setUpValidatorAndParsers(handler, false, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the HTML validator could not run", ex);
		}
		return errors;
	}

	public static void assertValid(String name, String html) {
		assertThat(errors(html)).as("HTML errors in %s", name).isEmpty();
	}

}
