package vn.i4impact.portal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program's business time zone. Deadlines are instants; this zone is how people read them. */
@Configuration(proxyBeanMethods = false)
public class PortalTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** How a day is written everywhere (screens, receipts, exports): 27/11/2026, in Vietnam time. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

	/** How an instant is written everywhere: 27/11/2026 23:59, in Vietnam time. */
	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

	/**
	 * The last minute of a day in Vietnam time (23:59), the instant a "due on" date means: a unit has the whole day.
	 */
	public static Instant endOfDay(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(60);
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
