package vn.i4impact.portal.shared;

/** A rule refuses the step now; the message key (and its arguments) says why, in the reader's language. */
public class DomainException extends RuntimeException {
	private final String messageKey;
	private final transient Object[] args;
	public DomainException(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = args;
	}
	public String messageKey() { return messageKey; }
	public Object[] args() { return args.clone(); }
}
