package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.CurrentUser;

@Component
class JdbcAuditTrail implements AuditTrail {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String targetType, Object targetId, String summary, Map<String, ?> before,
			Map<String, ?> after) {
		Long actorId = null;
		String actorEmail = null;
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			actorId = user.id();
			actorEmail = user.email();
		}
		jdbc.sql("""
				insert into audit_entry (at, actor_id, actor_email, action, target_type, target_id, summary, before_json, after_json)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), actorId, actorEmail, action, targetType,
					targetId == null ? null : String.valueOf(targetId),
					summary == null ? null : summary.substring(0, Math.min(500, summary.length())), json(before),
					json(after))
			.update();
	}

	private static String json(Map<String, ?> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		return JSON.writeValueAsString(values);
	}

}
