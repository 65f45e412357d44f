package vn.i4impact.portal.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a form post goes back to when a rule refuses its step ({@link vn.i4impact.portal.shared.DomainException}):
 * {@link ErrorHandling} redirects there with the reason as a flash message, so handlers need no try/catch for it.
 * Without this annotation a refusal is the 409 page.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnRefusal {

	/**
	 * A URI template over the request's path variables and form fields, for example
	 * {@code /admin/editions/{code}#structure}.
	 */
	String value();

}
