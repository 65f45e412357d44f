package vn.i4impact.portal.nomination.internal.files;

import java.util.Locale;
import java.util.Set;

/** The kinds of file a dossier may carry, each with the media type it is served as and the extensions it may have. */
public enum AttachmentKind {

	PDF("application/pdf", Set.of("pdf")),
	WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
	WORD_LEGACY("application/msword", Set.of("doc")),
	EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
	EXCEL_LEGACY("application/vnd.ms-excel", Set.of("xls")),
	POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
	POWERPOINT_LEGACY("application/vnd.ms-powerpoint", Set.of("ppt")),
	JPEG("image/jpeg", Set.of("jpg", "jpeg")),
	PNG("image/png", Set.of("png"));

	private final String mediaType;

	private final Set<String> extensions;

	AttachmentKind(String mediaType, Set<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	public String mediaType() {
		return mediaType;
	}

	public Set<String> extensions() {
		return extensions;
	}

	/** The usual extension, for names that lack one. */
	public String extension() {
		return extensions.stream().sorted().findFirst().orElseThrow();
	}

	static AttachmentKind forLegacyOfficeExtension(String extension) {
		return switch (extension.toLowerCase(Locale.ROOT)) {
			case "doc" -> WORD_LEGACY;
			case "xls" -> EXCEL_LEGACY;
			case "ppt" -> POWERPOINT_LEGACY;
			default -> null;
		};
	}

}
