package vn.i4impact.portal.nomination.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * Tells what a file is from its content, never from its name: a renamed program is not a PDF. Also refuses files that
 * are cut short (a PDF without its end marker, a PNG without its last chunk, a JPEG without its end) since a broken
 * upload is better refused at once than found broken by the jury.
 */
public final class FileTypes {

	private static final Tika TIKA = new Tika();

	private FileTypes() {
	}

	/** @return the kind of the file, or empty when it is none of the accepted kinds or is damaged */
	public static Optional<AttachmentKind> detect(Path file, String originalName) throws IOException {
		String detected;
		try (InputStream in = Files.newInputStream(file)) {
			detected = TIKA.detect(in);
		}
		AttachmentKind kind = switch (detected) {
			case "application/pdf" -> endsWith(file, "%%EOF", 1024) ? AttachmentKind.PDF : null;
			case "image/png" -> endsWith(file, "IEND", 12) ? AttachmentKind.PNG : null;
			case "image/jpeg" -> endsWithBytes(file, new byte[] { (byte) 0xFF, (byte) 0xD9 }, 16) ? AttachmentKind.JPEG : null;
			case "application/zip", "application/x-tika-ooxml" -> ooxml(file);
			case "application/x-tika-msoffice", "application/x-ole-storage" ->
				AttachmentKind.forLegacyOfficeExtension(extension(originalName));
			default -> null;
		};
		return Optional.ofNullable(kind);
	}

	/** Word, Excel and PowerPoint files are zip packages; the parts inside say which one. */
	static AttachmentKind ooxml(Path file) throws IOException {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			ZipEntry entry;
			int count = 0;
			while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
				names.add(entry.getName());
			}
		}
		catch (IOException ex) {
			return null; // not a readable zip: damaged
		}
		if (!names.contains("[Content_Types].xml")) {
			return null;
		}
		if (names.contains("word/document.xml")) {
			return AttachmentKind.WORD;
		}
		if (names.contains("xl/workbook.xml")) {
			return AttachmentKind.EXCEL;
		}
		if (names.contains("ppt/presentation.xml")) {
			return AttachmentKind.POWERPOINT;
		}
		return null;
	}

	static String extension(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

	private static boolean endsWith(Path file, String marker, int window) throws IOException {
		byte[] tail = tail(file, window);
		return new String(tail, StandardCharsets.ISO_8859_1).contains(marker);
	}

	private static boolean endsWithBytes(Path file, byte[] marker, int window) throws IOException {
		byte[] tail = tail(file, window);
		outer: for (int i = 0; i <= tail.length - marker.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (tail[i + j] != marker[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static byte[] tail(Path file, int window) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			long length = raf.length();
			int n = (int) Math.min(window, length);
			byte[] bytes = new byte[n];
			raf.seek(length - n);
			raf.readFully(bytes);
			return bytes;
		}
	}

}
