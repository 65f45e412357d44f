package vn.i4impact.portal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in both languages, and every key a template names exists. */
class I18nPropertiesSyncTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = load("messages_vi.properties").stringPropertyNames();
		Set<String> en = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(vi)).as("keys only in Vietnamese").containsAll(en);
		assertThat(new TreeSet<>(en)).as("keys only in English").containsAll(vi);
	}

	@Test
	void noTextIsLeftEmpty() throws IOException {
		for (String bundle : new String[] { "messages_vi.properties", "messages_en.properties" }) {
			Properties p = load(bundle);
			assertThat(p.stringPropertyNames()).as(bundle).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
		}
	}

	@Test
	void vietnameseTextsCarryDiacritics() throws IOException {
		// a sign of text typed without Vietnamese input: a long sentence with no diacritic at all
		Properties vi = load("messages_vi.properties");
		Pattern diacritic = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
				Pattern.CASE_INSENSITIVE);
		assertThat(vi.stringPropertyNames()).allSatisfy(k -> {
			String v = vi.getProperty(k);
			if (v.split("\\s+").length >= 6 && !k.startsWith("app.name")) {
				assertThat(diacritic.matcher(v).find()).as("Vietnamese text of %s", k).isTrue();
			}
		});
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		Set<String> missing = new HashSet<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(f));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(m.group(1) + " in " + f.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
