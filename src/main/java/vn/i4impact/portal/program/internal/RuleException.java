package vn.i4impact.portal.program.internal;

import vn.i4impact.portal.shared.DomainException;

/** A change refused by a program rule, naming the form field to show the message on (null = the whole form). */
public class RuleException extends DomainException {

	private final String field;

	public RuleException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey();
	}

	public Object[] getArgs() {
		return args();
	}

}
