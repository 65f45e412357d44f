package vn.i4impact.portal.program.internal;

/** A change refused by a program rule, naming the form field to show the message on (null = the whole form). */
public class RuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public RuleException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args;
	}

}
