package vn.i4impact.portal.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * Results in the demo (embedded mode, after demo.DemoData): the demo edition's results are embargoed until a week
 * from the first start (its results URLs are 404 for the public), and the 2023 archive, published, has a certificate
 * for Thành phố Hải Phòng whose verify page is printed at start.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(20)
class ResultsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResultsDemo.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Certificates certificates;

	private final TransactionTemplate tx;

	private final AbsoluteLinks links;

	private final boolean enabled;

	ResultsDemo(JdbcClient jdbc, Clock clock, Certificates certificates, TransactionTemplate tx, AbsoluteLinks links,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.certificates = certificates;
		this.tx = tx;
		this.links = links;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		tx.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into results_edition (edition_id, publish_at)
					select id, ? from edition where is_demo
					on conflict (edition_id) do nothing""")
				.param(Timestamp.from(clock.instant().plus(Duration.ofDays(7)))).update();
			jdbc.sql("select id from results_honouree where reference_code = 'I40A-2023-4-01'").query(Long.class)
				.optional()
				.ifPresent(id -> log.info("Demo certificate (2023 archive, Thành phố Hải Phòng): {}",
						links.page("/verify/" + certificates.current(id).code())));
		});
	}

}
