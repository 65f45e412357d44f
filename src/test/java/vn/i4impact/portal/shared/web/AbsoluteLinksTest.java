package vn.i4impact.portal.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mailed links come from configuration only; production refuses to start without it. */
class AbsoluteLinksTest {

	static MockEnvironment external() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/i4impact");
	}

	@Test
	void theConfiguredAddressIsUsedWithoutItsTrailingSlash() {
		var links = new AbsoluteLinks("https://i4impact.vn/", 8080, external());
		assertThat(links.withToken("/reset-password", "abc")).isEqualTo("https://i4impact.vn/reset-password?token=abc");
		assertThat(links.page("/my")).isEqualTo("https://i4impact.vn/my");
	}

	@Test
	void embeddedModeWithoutAnAddressUsesLocalhostAndThePort() {
		assertThat(new AbsoluteLinks("", 8086, new MockEnvironment()).page("/login")).isEqualTo("http://localhost:8086/login");
	}

	@Test
	void anExternalDatabaseWithoutAnAddressRefusesToStartNamingTheVariable() {
		assertThatThrownBy(() -> new AbsoluteLinks(" ", 8080, external()))
			.isInstanceOf(AbsoluteLinks.MissingBaseUrlException.class)
			.hasMessageContaining("PORTAL_BASE_URL");
		var analysis = new MissingBaseUrlFailureAnalyzer()
			.analyze(new IllegalStateException(new AbsoluteLinks.MissingBaseUrlException("PORTAL_BASE_URL is not set")));
		assertThat(analysis.getAction()).contains("PORTAL_BASE_URL=");
	}

	@Test
	void somethingThatIsNotAWebAddressIsRefused() {
		for (String bad : new String[] { "i4impact.vn", "ftp://i4impact.vn", "https://i4impact.vn/?next=x", "http://" }) {
			assertThatThrownBy(() -> new AbsoluteLinks(bad, 8080, external())).as(bad)
				.isInstanceOf(AbsoluteLinks.MissingBaseUrlException.class);
		}
	}

	@Test
	void theCheckRunsBeforeAnythingElseStarts() {
		var check = new BaseUrlCheck();
		assertThatThrownBy(() -> check.postProcessEnvironment(external(), null))
			.isInstanceOf(AbsoluteLinks.MissingBaseUrlException.class);
		check.postProcessEnvironment(external().withProperty("portal.base-url", "https://i4impact.vn"), null);
		check.postProcessEnvironment(new MockEnvironment(), null);
	}

}
