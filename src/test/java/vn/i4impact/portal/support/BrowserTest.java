package vn.i4impact.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium, driven by Playwright, offline) against the portal on a random port with a
 * throw-away database. Subclasses share one server and one browser; each test gets a fresh browser context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
@ActiveProfiles("test")
@Tag("e2e")
public abstract class BrowserTest {

	static Playwright playwright;

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(chromium())
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
	}

	static Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path path = Paths.get(configured != null ? configured : "/usr/bin/chromium");
		assertThat(Files.isExecutable(path)).as("Chromium at %s (apt-get install chromium)", path).isTrue();
		return path;
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a path on a phone-sized screen (the way most units will use the portal). */
	protected void usePhone() {
		page.setViewportSize(390, 844);
	}

	/** No serious or critical accessibility violations on the page as it is now. */
	protected void assertAccessible(String name) {
		AxeResults results = new AxeBuilder(page).analyze();
		List<String> problems = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
			.toList();
		assertThat(problems).as("axe-core serious/critical violations on %s", name).isEmpty();
	}

	/** The page's HTML as served (not the live DOM) is valid. */
	protected void assertValidHtml(String name) {
		var response = page.request()
			.get(page.url(), RequestOptions.create().setHeader("Accept", "text/html"));
		HtmlValidator.assertValid(name, response.text());
	}

}
