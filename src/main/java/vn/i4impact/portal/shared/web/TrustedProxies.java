package vn.i4impact.portal.shared.web;

import java.util.Arrays;
import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For}/{@code -Proto}/{@code -Host} are believed only when the connection comes from one of
 * {@code portal.trusted-proxies} (addresses or CIDR ranges). Anyone else's headers are ignored, so a client cannot
 * pick its own address to dodge the rate limits. With the list empty no forwarded header is read at all.
 * Replaces {@code server.forward-headers-strategy=native}, whose default trusts every private and loopback address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

	private final List<String> proxies;

	TrustedProxies(@Value("${portal.trusted-proxies:}") String proxies) {
		this.proxies = Arrays.stream(proxies.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		RemoteIpValve valve = valve();
		if (valve == null) {
			log.info("No trusted proxies (portal.trusted-proxies): X-Forwarded-* headers are ignored");
			return;
		}
		log.info("X-Forwarded-* headers are trusted from {}", valve.getInternalProxies());
		factory.addEngineValves(valve);
	}

	/** The valve for the configured proxies, or null when none are configured. */
	RemoteIpValve valve() {
		if (proxies.isEmpty()) {
			return null;
		}
		RemoteIpValve valve = new RemoteIpValve();
		// a comma-separated list of addresses and CIDR ranges (Tomcat 11 reads it as CIDR, not as a regex)
		valve.setInternalProxies(String.join(", ", proxies.stream().map(TrustedProxies::cidr).toList()));
		valve.setTrustedProxies("");
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		return valve;
	}

	/** A bare address is a one-address range. */
	private static String cidr(String proxy) {
		return proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32");
	}

}
