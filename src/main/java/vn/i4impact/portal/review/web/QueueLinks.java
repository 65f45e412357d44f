package vn.i4impact.portal.review.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * Links into the secretariat's queue with filters in the URL (the agreed contract: {@code edition}, {@code status},
 * {@code award}, {@code province}, {@code from}/{@code to}, ...), built in Java. The overview has a few hundred such
 * links; as {@code @{...}} link expressions each one went through {@code ResourceUrlEncodingFilter}, which looks the
 * path up as a static resource on the classpath (a jar scan per link, because misses are not cached): a third of the
 * page's time in the benchmark.
 */
public final class QueueLinks {

	private final String base;

	private final String dossierBase;

	QueueLinks(String contextPath, long editionId) {
		this.dossierBase = contextPath + "/secretariat/nominations/";
		this.base = contextPath + "/secretariat/nominations?edition=" + editionId;
	}

	/** The queue of this edition, filtered by name/value pairs; a collection value repeats its parameter. */
	public String to(Object... pairs) {
		StringBuilder b = new StringBuilder(base);
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			for (Object v : value instanceof Collection<?> c ? c : List.of(value)) {
				b.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
			}
		}
		return b.toString();
	}

	public String all() {
		return base;
	}

	public String dossier(long id) {
		return dossierBase + id;
	}

}
