package vn.i4impact.portal.nomination.internal.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as people gave them ("Hồ sơ dự thi – Sở KH&CN.pdf") are kept for display and download; they never become
 * paths. A name is reduced to its last path segment, stripped of control, format (e.g. U+202E, which would show
 * "fdp.exe" as "exe.pdf") and reserved characters, composed (NFC,
 * so Vietnamese letters typed on a Mac compare equal) and shortened.
 */
public final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	public static String display(String original, AttachmentKind kind) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "tep-dinh-kem";
		}
		String ext = FileTypes.extension(name).toLowerCase(Locale.ROOT);
		if (!kind.extensions().contains(ext)) {
			name = name + "." + kind.extension(); // the content decides the type; the name follows it
		}
		if (name.length() > MAX_LENGTH) {
			String suffix = "." + FileTypes.extension(name);
			name = name.substring(0, MAX_LENGTH - suffix.length()) + suffix;
		}
		return name;
	}

}
