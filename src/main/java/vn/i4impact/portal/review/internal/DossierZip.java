package vn.i4impact.portal.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Selected dossiers as one ZIP, written straight to the response: per dossier a folder named after its reference with
 * the dossier PDF and every attachment, plus a README.txt saying what is in it and which selected ids were skipped
 * (unknown ids and drafts look the same: neither exists for the secretariat). One dossier at a time is in memory.
 */
@Component
public class DossierZip {

	/** The most dossiers one ZIP may hold. */
	public static final int MAX_DOSSIERS = 200;

	private static final Logger log = LoggerFactory.getLogger(DossierZip.class);

	private static final DateTimeFormatter AT = PortalTime.DATE_TIME;

	private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

	/** Invisible format characters (bidi overrides such as U+202E would show "fdp.exe" as "exe.pdf"): dropped. */
	private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

	private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

	private static final int MAX_NAME = 120;

	private final Screening screening;

	private final MessageSource messages;

	private final Clock clock;

	DossierZip(Screening screening, MessageSource messages, Clock clock) {
		this.screening = screening;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The selection as the form sends it: each value an id or several separated by commas, in order, without repeats
	 * and blanks. Anything else is kept as typed (cut short) so the README can say it was skipped.
	 */
	public static List<String> selection(List<String> values) {
		Set<String> ids = new LinkedHashSet<>();
		for (String v : values == null ? List.<String>of() : values) {
			for (String part : v == null ? new String[0] : v.split(",")) {
				String id = part.strip();
				if (!id.isEmpty()) {
					ids.add(id.length() > 30 ? id.substring(0, 30) + "…" : id);
				}
			}
		}
		return List.copyOf(ids);
	}

	public String fileName() {
		return "ho-so-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(PortalTime.ZONE).format(clock.instant())
				+ ".zip";
	}

	/** Writes the ZIP of {@code ids} (see {@link #selection}); the stream is left open. */
	public void write(List<String> ids, Locale locale, OutputStream out) throws IOException {
		List<String> included = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		// PDFs and office files are compressed already: spend little time on them
		zip.setLevel(Deflater.BEST_SPEED);
		Set<String> folders = new HashSet<>();
		for (String raw : ids) {
			Long id = parse(raw);
			DossierView dossier;
			try {
				dossier = id == null ? null : screening.dossier(id);
			}
			catch (NotFoundException ex) {
				dossier = null;
			}
			if (dossier == null || dossier.referenceCode() == null) {
				skipped.add(raw);
				continue;
			}
			String folder = unique(safe(dossier.referenceCode(), "ho-so-" + id), folders);
			Set<String> names = new HashSet<>();
			String pdfName = unique(folder + ".pdf", names);
			put(zip, folder + "/" + pdfName, screening.pdf(id, locale));
			int attached = 0;
			for (DossierView.FileInfo f : dossier.files()) {
				String name = unique(safe(f.name(), "tep-" + f.id()), names);
				try (InputStream in = screening.open(id, f.id())) {
					zip.putNextEntry(entry(folder + "/" + name));
					in.transferTo(zip);
					zip.closeEntry();
					attached++;
				}
				catch (IOException | NotFoundException ex) {
					// a file missing from the store must not cost the secretary the whole download
					log.warn("Attachment {} of dossier {} could not be read for the ZIP: {}", f.id(), id, ex.toString());
					unreadable.add(dossier.referenceCode() + " / " + f.name());
				}
			}
			included.add(message("export.zip.readme.entry", locale, dossier.referenceCode(),
					dossier.award().code(), dossier.unit().name(), attached));
		}
		put(zip, "README.txt", readme(locale, included, skipped, unreadable));
		zip.finish();
		zip.flush();
	}

	private byte[] readme(Locale locale, List<String> included, List<String> skipped, List<String> unreadable) {
		StringBuilder b = new StringBuilder("\uFEFF");
		b.append(message("export.zip.readme.title", locale)).append("\r\n");
		b.append(message("export.zip.readme.at", locale, AT.format(clock.instant()))).append("\r\n\r\n");
		b.append(message("export.zip.readme.included", locale, included.size())).append("\r\n");
		included.forEach(line -> b.append("- ").append(line).append("\r\n"));
		if (!skipped.isEmpty()) {
			b.append("\r\n").append(message("export.zip.readme.skipped", locale, skipped.size())).append("\r\n");
			skipped.forEach(id -> b.append("- ").append(id).append("\r\n"));
		}
		if (!unreadable.isEmpty()) {
			b.append("\r\n").append(message("export.zip.readme.unreadable", locale, unreadable.size())).append("\r\n");
			unreadable.forEach(name -> b.append("- ").append(name).append("\r\n"));
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(entry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	private ZipEntry entry(String name) {
		ZipEntry e = new ZipEntry(name);
		e.setTime(clock.millis());
		return e;
	}

	private static Long parse(String raw) {
		try {
			long id = Long.parseLong(raw);
			return id > 0 ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A file name Windows, macOS and Linux all accept: no path separators or reserved characters, no trailing dots or
	 * spaces, not a device name, not too long (the extension kept).
	 */
	static String safe(String name, String fallback) {
		String s = UNSAFE.matcher(FORMAT.matcher(name == null ? "" : name).replaceAll("")).replaceAll("_").strip();
		while (s.endsWith(".") || s.endsWith(" ")) {
			s = s.substring(0, s.length() - 1);
		}
		while (s.startsWith(".")) {
			s = s.substring(1);
		}
		if (s.isBlank()) {
			return fallback;
		}
		if (RESERVED.matcher(s).matches()) {
			s = "_" + s;
		}
		if (s.length() > MAX_NAME) {
			int dot = s.lastIndexOf('.');
			String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
			s = s.substring(0, MAX_NAME - ext.length()).strip() + ext;
		}
		return s;
	}

	/** The name, or "name (2).ext", "name (3).ext"…, whichever is not taken yet (ignoring case, as Windows does). */
	static String unique(String name, Set<String> taken) {
		String candidate = name;
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = base + " (" + n + ")" + ext;
		}
		return candidate;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
