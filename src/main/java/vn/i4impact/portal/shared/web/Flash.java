package vn.i4impact.portal.shared.web;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Messages shown once after a redirect, by message key; the layout's alert fragment renders them. */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashSuccess", new Message(key, args));
	}

	public static void error(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashError", new Message(key, args));
	}

	/** For code that has no {@link RedirectAttributes} (an exception handler): the next redirect carries it. */
	public static void error(HttpServletRequest request, String key, Object... args) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", new Message(key, args));
	}

	public static void info(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashInfo", new Message(key, args));
	}

	/** Kept in the session between the redirect and the next page, which may be in PostgreSQL: serializable. */
	public record Message(String key, Object[] args) implements Serializable {
	}

}
