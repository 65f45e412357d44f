package vn.i4impact.portal.jury.web;

import java.util.Locale;

import vn.i4impact.portal.nomination.DossierView;

/** In a blind round a file keeps only its kind: its name may carry the unit's or the nominee's name. */
public final class BlindNames {

	private BlindNames() {
	}

	public static String file(DossierView.FileInfo f) {
		String name = f.name();
		int dot = name == null ? -1 : name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
		return "tep-" + f.id() + (extension.matches("\\.[a-z0-9]{1,5}") ? extension : "");
	}

}
