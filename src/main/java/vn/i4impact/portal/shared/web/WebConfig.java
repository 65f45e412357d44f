package vn.i4impact.portal.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.i4impact.portal.shared.Localized;

/** Vietnamese by default; {@code ?lang=en} or {@code ?lang=vi} switches and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	public static final String LANG_COOKIE = "lang";

	static final Set<String> SUPPORTED = Set.of("vi", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
		resolver.setDefaultLocale(Localized.VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		// an unknown language in the cookie falls back to Vietnamese instead of failing the request
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	/** Public pages revalidate cheaply with ETags: the broadcast-minute crowd mostly gets 304s. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
		var bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		bean.addUrlPatterns("/", "/editions", "/editions/*");
		return bean;
	}

	/** Like Spring's LocaleChangeInterceptor, but only for the two languages the portal has; anything else is ignored. */
	static class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang != null && SUPPORTED.contains(lang)) {
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null) {
					resolver.setLocale(request, response, Locale.forLanguageTag(lang));
				}
			}
			return true;
		}

	}

}
