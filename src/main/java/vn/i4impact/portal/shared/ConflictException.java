package vn.i4impact.portal.shared;

/** Someone else changed the thing since the reader loaded it (stale version); the key may say more. */
public class ConflictException extends RuntimeException {
	private final String messageKey;
	public ConflictException() { this(null); }
	public ConflictException(String messageKey) {
		super(messageKey == null ? "conflict" : messageKey, null, false, false);
		this.messageKey = messageKey;
	}
	/** Why, for a 409 page; null for a plain version conflict. */
	public String messageKey() { return messageKey; }
}
