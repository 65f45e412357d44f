package vn.i4impact.portal.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** X-Forwarded-For is believed from the configured proxies only. */
class TrustedProxiesTest {

	/** The client address the application sees for a connection from {@code peer} that sends {@code forwardedFor}. */
	static String seenAddress(RemoteIpValve valve, String peer, String forwardedFor) throws IOException, ServletException {
		AtomicReference<String> seen = new AtomicReference<>();
		valve.setNext(new ValveBase() {
			@Override
			public void invoke(Request request, Response response) {
				seen.set(request.getRemoteAddr());
			}
		});
		Request request = new Request(new Connector(), new org.apache.coyote.Request());
		request.setRemoteAddr(peer);
		request.setRemoteHost(peer);
		request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
		valve.invoke(request, null);
		return seen.get();
	}

	@Test
	void withoutConfiguredProxiesNoForwardedHeaderIsRead() {
		assertThat(new TrustedProxies("").valve()).isNull();
		assertThat(new TrustedProxies(" , ").valve()).isNull();
	}

	@Test
	void onlyTheListedProxiesMayNameTheClient() throws Exception {
		RemoteIpValve valve = new TrustedProxies("10.0.0.5, 192.168.10.0/24").valve();
		assertThat(seenAddress(valve, "10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(seenAddress(valve, "192.168.10.77", "203.0.113.9")).isEqualTo("203.0.113.9");
		// an attacker connecting directly, even from a private or loopback address, keeps its own address
		assertThat(seenAddress(valve, "10.0.0.6", "203.0.113.9")).isEqualTo("10.0.0.6");
		assertThat(seenAddress(valve, "127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
		// a client's own X-Forwarded-For entry before the proxy's is not believed either
		assertThat(seenAddress(valve, "10.0.0.5", "6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
	}

}
