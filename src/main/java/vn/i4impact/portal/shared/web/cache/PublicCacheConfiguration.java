package vn.i4impact.portal.shared.web.cache;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The public page cache, ahead of the security chain; and static files served only under their own prefixes
 * ({@code spring.web.resources.add-mappings=false}): with Boot's {@code /**} mapping every link a page renders was
 * looked up as a classpath resource on every request (half of the home page's CPU, see STACK.md).
 */
@Configuration(proxyBeanMethods = false)
class PublicCacheConfiguration implements WebMvcConfigurer {

	/**
	 * First of all: before the HTTP observation filter (HIGHEST_PRECEDENCE + 1, a fifth of the CPU of a cached answer
	 * in a profile; cached answers are therefore not in http.server.requests), the request context filter (-105) and
	 * Spring Security (-100). A miss still runs the whole chain, the character encoding filter included.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(PublicContentVersion version,
			@Value("${portal.public-cache.enabled:true}") boolean enabled,
			@Value("${portal.public-cache.paths:/editions,/results}") List<String> paths,
			@Value("${portal.public-cache.ttl:PT30S}") Duration ttl,
			@Value("${portal.public-cache.max-age:PT5S}") Duration maxAge,
			@Value("${portal.public-cache.stale-while-revalidate:PT30S}") Duration staleWhileRevalidate,
			@Value("${portal.public-cache.max-entries:2000}") int maxEntries) {
		var bean = new FilterRegistrationBean<>(
				new PublicPageCache(version, paths, ttl, maxAge, staleWhileRevalidate, maxEntries));
		bean.setOrder(ORDER);
		bean.addUrlPatterns("/*");
		bean.setEnabled(enabled);
		return bean;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl month = CacheControl.maxAge(Duration.ofDays(30));
		for (String dir : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + dir + "/**")
				.addResourceLocations("classpath:/static/" + dir + "/")
				.setCacheControl(month)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").setCacheControl(month);
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").setCacheControl(month);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(month)
			.resourceChain(true);
	}

}
