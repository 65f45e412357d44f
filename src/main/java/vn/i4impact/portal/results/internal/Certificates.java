package vn.i4impact.portal.results.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.results.internal.ResultsQuery.EditionResults;
import vn.i4impact.portal.results.internal.ResultsQuery.Honouree;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.pdf.PdfRenderer;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Certificates: issued on first request once the edition is published, signed (Ed25519) over a canonical text, with
 * an unguessable code (128 random bits) printed as a QR code to {@code /verify/{code}}. Revoking marks the version;
 * correcting changes the honouree's name, marks the old version CORRECTED (what changed, why) and issues the next one.
 */
@Service
@Transactional
public class Certificates {

	public record Certificate(long id, long honoureeId, int version, String code, String payload, String signature,
			String keyId, String status, String reason, String changes, Instant changedAt, Long replacedBy,
			Instant createdAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResultsQuery results;

	private final CertificateKeys keys;

	private final PdfRenderer pdf;

	private final AbsoluteLinks links;

	private final AuditTrail audit;

	private final Dates dates;

	Certificates(JdbcClient jdbc, Clock clock, ResultsQuery results, CertificateKeys keys, PdfRenderer pdf,
			AbsoluteLinks links, AuditTrail audit, Dates dates) {
		this.dates = dates;
		this.jdbc = jdbc;
		this.clock = clock;
		this.results = results;
		this.keys = keys;
		this.pdf = pdf;
		this.links = links;
		this.audit = audit;
	}

	/** The honouree's newest certificate, issued now if it has none; refused before the results are published. */
	public Certificate current(long honoureeId) {
		Honouree h = results.honouree(honoureeId).orElseThrow(NotFoundException::new);
		EditionResults edition = editionOf(honoureeId);
		if (!edition.published(clock.instant())) {
			throw new DomainException("results.certificate.notPublished");
		}
		return newest(honoureeId).orElseGet(() -> issue(h, edition, 1));
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> byCode(String code) {
		return jdbc.sql("select * from results_certificate where code = ?").param(code).query(Certificates::row).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> byId(long id) {
		return jdbc.sql("select * from results_certificate where id = ?").param(id).query(Certificates::row).optional();
	}

	@Transactional(readOnly = true)
	public EditionResults editionOf(long honoureeId) {
		long editionId = jdbc.sql("select edition_id from results_honouree where id = ?").param(honoureeId)
			.query(Long.class).optional().orElseThrow(NotFoundException::new);
		return results.edition(editionId).orElseThrow(NotFoundException::new);
	}

	public void revoke(long honoureeId, String reason) {
		Certificate c = current(honoureeId);
		if (!"VALID".equals(c.status())) {
			throw new DomainException("results.certificate.notValid");
		}
		jdbc.sql("update results_certificate set status = 'REVOKED', reason = ?, changed_at = ? where id = ?")
			.params(reason, Timestamp.from(clock.instant()), c.id()).update();
		audit.record("results.certificate.revoke", "results_certificate", c.code(), reason, Map.of("status", "VALID"),
				Map.of("status", "REVOKED", "reason", reason));
	}

	/** Corrects the honouree's name: the old version says what changed and why, and the new one is issued. */
	public Certificate correct(long honoureeId, String newName, String reason) {
		Certificate old = current(honoureeId);
		Honouree h = results.honouree(honoureeId).orElseThrow(NotFoundException::new);
		if (!"VALID".equals(old.status())) {
			throw new DomainException("results.certificate.notValid");
		}
		if (newName.equals(h.nomineeName())) {
			throw new DomainException("results.certificate.unchanged");
		}
		jdbc.sql("update results_honouree set nominee_name = ?, unit_name = case when kind = 'SELF' then ? else unit_name end, version = version + 1 where id = ?")
			.params(newName, newName, honoureeId).update();
		Honouree corrected = results.honouree(honoureeId).orElseThrow();
		Certificate next = issue(corrected, editionOf(honoureeId), old.version() + 1);
		String changes = h.nomineeName() + " → " + newName;
		jdbc.sql("update results_certificate set status = 'CORRECTED', reason = ?, changes = ?, changed_at = ?, replaced_by = ? where id = ?")
			.params(reason, changes, Timestamp.from(clock.instant()), next.id(), old.id()).update();
		Map<String, Object> after = new HashMap<>(Map.of("code", next.code(), "name", newName, "reason", reason));
		audit.record("results.certificate.correct", "results_certificate", old.code(), reason,
				Map.of("name", h.nomineeName()), after);
		return next;
	}

	/** The version that replaced a corrected one, following the chain to the newest. */
	@Transactional(readOnly = true)
	public Optional<Certificate> replacement(Certificate c) {
		Certificate at = c;
		while (at.replacedBy() != null) {
			at = byId(at.replacedBy()).orElseThrow();
		}
		return at == c ? Optional.empty() : Optional.of(at);
	}

	@Transactional(readOnly = true)
	public byte[] pdf(Certificate c, Locale locale) {
		Honouree h = results.honouree(c.honoureeId()).orElseThrow(NotFoundException::new);
		EditionResults edition = editionOf(c.honoureeId());
		String place = jdbc.sql("select ceremony_place from results_edition where edition_id = ?").param(edition.id())
			.query(String.class).optional().orElse(null);
		String verifyUrl = links.page("/verify/" + c.code());
		Map<String, Object> model = new HashMap<>();
		model.put("c", c);
		model.put("h", h);
		model.put("edition", edition);
		model.put("place", place);
		Instant ceremony = edition.ceremonyAt() != null ? edition.ceremonyAt() : edition.publication().publishAt();
		model.put("ceremonyDate", ceremony == null ? null : dates.date(ceremony));
		model.put("verifyUrl", verifyUrl);
		model.put("qr", QrCodes.pngDataUri(verifyUrl, 360));
		var out = new ByteArrayOutputStream();
		pdf.render("pdf/certificate", model, locale, out);
		return out.toByteArray();
	}

	/** Every honouree's current certificate of a published edition, as a ZIP (one PDF each, named by reference). */
	public void zip(long editionId, Locale locale, OutputStream out) throws IOException {
		var ids = jdbc.sql("select id from results_honouree where edition_id = ? order by reference_code")
			.param(editionId).query(Long.class).list();
		try (var zip = new ZipOutputStream(out)) {
			for (long id : ids) {
				Certificate c = current(id);
				String ref = results.honouree(id).orElseThrow().reference().replaceAll("[^A-Za-z0-9._-]", "_");
				zip.putNextEntry(new ZipEntry(ref + "-v" + c.version() + ".pdf"));
				zip.write(pdf(c, locale));
				zip.closeEntry();
			}
		}
	}

	private Optional<Certificate> newest(long honoureeId) {
		return jdbc.sql("select * from results_certificate where honouree_id = ? order by cert_version desc limit 1")
			.param(honoureeId).query(Certificates::row).optional();
	}

	private Certificate issue(Honouree h, EditionResults edition, int version) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String code = HexFormat.of().formatHex(random);
		Instant now = clock.instant();
		String payload = String.join("\n", "I4IA-CERTIFICATE 1", "code: " + code, "version: " + version,
				"program: " + edition.nameVi(), "edition: " + edition.code(),
				"award: " + h.awardCode() + " " + h.awardVi(), "honouree: " + h.nomineeName(),
				"reference: " + h.reference(), "issued: " + now) + "\n";
		long id = jdbc.sql("""
				insert into results_certificate (honouree_id, cert_version, code, payload, signature, key_id, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'VALID', ?) returning id""")
			.params(h.id(), version, code, payload, keys.sign(payload), keys.keyId(), Timestamp.from(now))
			.query(Long.class).single();
		return byId(id).orElseThrow();
	}

	private static Certificate row(ResultSet rs, int i) throws SQLException {
		Timestamp changed = rs.getTimestamp("changed_at");
		return new Certificate(rs.getLong("id"), rs.getLong("honouree_id"), rs.getInt("cert_version"),
				rs.getString("code"), rs.getString("payload"), rs.getString("signature"), rs.getString("key_id"),
				rs.getString("status"), rs.getString("reason"), rs.getString("changes"),
				changed == null ? null : changed.toInstant(), (Long) rs.getObject("replaced_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
