package uk.gov.hmicfrs.findings.system.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Serves GOV.UK Frontend from its webjar, at the paths its stylesheet expects (no CDN). */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        // The compiled stylesheet refers to its fonts and images as /assets/...
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/").setCacheControl(aDay);
        registry.addResourceHandler("/govuk/**")
                .addResourceLocations(GOVUK_FRONTEND).setCacheControl(aDay);
    }

    /**
     * Boot registers this filter because a webjar locator is on the classpath (Swagger UI's). It would
     * rewrite every link a page builds into a versioned resource URL, which this app does not use, by
     * looking each one up on the classpath first: three quarters of the time of a page with a hundred
     * links. Registering it disabled keeps Boot from adding it.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> disabledResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
