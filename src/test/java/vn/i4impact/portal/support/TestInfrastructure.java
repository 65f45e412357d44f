package vn.i4impact.portal.support;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SyncTaskExecutor;

import vn.i4impact.portal.shared.PortalTime;

/**
 * What the shared test context replaces: the clock (a {@link MutableClock} tests move instead of rewriting deadlines
 * in SQL) and the executor of {@code @Async} work, so an {@code @ApplicationModuleListener} runs right after the
 * commit on the calling thread and a test sees its outcome (a receipt) when the call returns.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Clock.system(PortalTime.ZONE));
	}

	/** Benchmarks measure the real thing: they set {@code portal.test.synchronous-listeners=false}. */
	@Bean("taskExecutor")
	@ConditionalOnProperty(name = "portal.test.synchronous-listeners", havingValue = "true", matchIfMissing = true)
	SyncTaskExecutor taskExecutor() {
		return new SyncTaskExecutor();
	}

}
