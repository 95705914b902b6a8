package org.lifelonglinks.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The words of the young person's pages for their scripts, in the page's language: {@code GET /api/me/words} →
 * {@code {"lang": "cy", "words": {"me.hello": "Helo", …}}}. The messages are sent as written ({0} left for the
 * page to fill), so an apostrophe in Welsh never meets MessageFormat.
 */
@RestController
class YoungPersonWords {

    private final MessageSource messages;
    private final List<String> keys;

    YoungPersonWords(MessageSource messages) {
        this.messages = messages;
        var properties = new Properties();
        try (var in = new ClassPathResource("i18n/young-person.properties").getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.keys = properties.stringPropertyNames().stream().sorted().toList();
    }

    @GetMapping("/api/me/words")
    Map<String, Object> words(Locale locale) {
        var language = YoungPersonLanguage.offered(locale);
        var words = new TreeMap<String, String>();
        keys.forEach(key -> words.put(key, messages.getMessage(key, null, key, language)));
        return Map.of("lang", language.getLanguage(), "words", words);
    }
}
