package vn.i4impact.portal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as production runs it where the shared test context does not: sessions in PostgreSQL (Spring
 * Session JDBC) and an SMTP server configured, one that accepts connections and never answers. Test classes extending
 * this share one Spring context.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ProductionLikeTest {

	protected static final ServerSocket SILENT_SMTP;

	private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

	static {
		try {
			SILENT_SMTP = new ServerSocket(0);
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
		}
		Thread acceptor = new Thread(() -> {
			while (!SILENT_SMTP.isClosed()) {
				try {
					HELD.add(SILENT_SMTP.accept()); // accepted, never answered
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SILENT_SMTP::getLocalPort);
		// the production timeouts are 10-30 s (SilentSmtpServerTest checks them); shorter here so tests are quick
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1500");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "1500");
		registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "1500");
	}

}
