package org.lifelonglinks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the young person's pages: English or Welsh (councils in Wales must offer Welsh). Chosen by the
 * link on the page ({@code ?lang=cy}, kept in a cookie), else by the browser's Accept-Language; anything else is
 * English. Workers' pages are in English and do not read it.
 */
@Configuration
class YoungPersonLanguage implements WebMvcConfigurer {

    static final Locale WELSH = Locale.of("cy");
    private static final Set<String> OFFERED = Set.of("en", "cy");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("lifelinks-language") {
            @Override
            public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                    Locale locale) {
                super.setLocale(request, response, offered(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> offered(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/me", "/me/**", "/api/me/chart.*", "/api/me/plan.*");
    }

    /** Welsh if asked for, otherwise English. */
    static Locale offered(Locale locale) {
        return locale != null && OFFERED.contains(locale.getLanguage()) && locale.getLanguage().equals("cy")
                ? WELSH : Locale.ENGLISH;
    }
}
