package vn.i4impact.portal.nomination.internal;

import java.text.Normalizer;
import java.util.Locale;

/** A name folded for comparison: "Nguyễn  Văn A" and "nguyen van a" are the same nominee. */
final class NomineeKey {

	private NomineeKey() {
	}

	static String of(String name) {
		String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.replace('đ', 'd').replace('Đ', 'D');
		return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
