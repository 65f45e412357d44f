package vn.i4impact.portal.shared.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * Refuses to start without {@code PORTAL_BASE_URL} outside embedded mode, before anything else (the database, Flyway)
 * could fail first and hide the reason. {@link AbsoluteLinks} makes the same check when it is created.
 */
class BaseUrlCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		new AbsoluteLinks(environment.getProperty("portal.base-url", ""), 8080, environment);
	}

	/** After the configuration files and environment variables are read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
