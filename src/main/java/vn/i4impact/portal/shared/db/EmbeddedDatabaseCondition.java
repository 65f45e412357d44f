package vn.i4impact.portal.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external database is configured ({@code SPRING_DATASOURCE_URL} / {@code spring.datasource.url}). */
public class EmbeddedDatabaseCondition implements Condition {

	public static boolean embedded(Environment env) {
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

}
