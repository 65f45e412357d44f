package vn.i4impact.portal.nomination.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Where dossier files live. One implementation keeps them in a local directory; an object-storage one can be added
 * behind the same interface. Keys are opaque and never derived from user input.
 */
public interface FileStorage {

	/** A file stored under its key, with what was measured while it streamed in. */
	record Stored(String key, long size, String sha256, AttachmentKind kind) {
	}

	/** The upload was refused; nothing was kept. */
	class RefusedException extends Exception {

		public enum Reason {

			TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED

		}

		private final Reason reason;

		public RefusedException(Reason reason) {
			super(reason.name(), null, false, false);
			this.reason = reason;
		}

		public Reason reason() {
			return reason;
		}

	}

	/**
	 * Streams the content to storage (never whole in memory), computing its size and SHA-256 and checking its type
	 * from the content. The file appears under its key only when complete and accepted.
	 */
	Stored store(InputStream content, String originalName, long maxBytes, Set<AttachmentKind> allowed)
			throws IOException, RefusedException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;

}
