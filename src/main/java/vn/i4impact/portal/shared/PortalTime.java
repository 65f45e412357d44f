package vn.i4impact.portal.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program's business time zone. Deadlines are instants; this zone is how people read them. */
@Configuration(proxyBeanMethods = false)
public class PortalTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
