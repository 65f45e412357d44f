package vn.i4impact.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text files of the repository carry no merge-conflict markers (a README once shipped with them). */
class RepositoryHygieneTest {

	private static final Pattern MARKER = Pattern.compile("^(<{7} |={7}$|>{7} )", Pattern.MULTILINE);

	@Test
	void noMergeConflictMarkersInSourcesOrDocs() throws IOException {
		List<Path> roots = List.of(Path.of("README.md"), Path.of("docker-compose.yml"), Path.of("pom.xml"),
				Path.of("src"), Path.of("bench"), Path.of(".ci"));
		List<String> offenders;
		try (Stream<Path> files = roots.stream().filter(Files::exists).flatMap(RepositoryHygieneTest::walk)) {
			offenders = files.filter(RepositoryHygieneTest::isText)
				.filter(f -> MARKER.matcher(read(f)).find())
				.map(Path::toString)
				.toList();
		}
		assertThat(offenders).as("files with merge-conflict markers").isEmpty();
	}

	private static Stream<Path> walk(Path root) {
		try {
			return Files.walk(root).filter(Files::isRegularFile);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		return name.matches(".*\\.(md|java|html|properties|sql|js|css|yml|yaml|xml|sh|txt)$") || name.equals("run");
	}

	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
