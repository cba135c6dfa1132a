package org.ketamineguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.content.Category;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.screening.Question;

/**
 * Every language's bundled content goes through the app's own loading path (the loader and every
 * validator: topics, glossary, comparison, screening rules, planner defaults, decision outcomes)
 * and holds the same ids as the English, so switching language finds every topic, question and
 * option again.
 */
class LanguageContentTest {

    private static FeatureModels.Bundled load(Language language) {
        return FeatureModels.load(ContentFiles.bundled(language.code()), ClinicConfig.defaults(), "basis");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageLoadsAndValidates(Language language) {
        FeatureModels.Bundled b = load(language);
        assertFalse(b.content().topics().isEmpty());
        assertFalse(b.rules().questions().isEmpty());
        assertFalse(b.decisions().options().isEmpty());
    }

    @Test
    void spanishHasTheEnglishIdsAndSpanishText() {
        FeatureModels.Bundled en = load(Language.EN);
        FeatureModels.Bundled es = load(Language.ES);
        assertEquals(ids(en.content().categories(), Category::id), ids(es.content().categories(), Category::id));
        assertEquals(ids(en.content().topics(), Topic::id), ids(es.content().topics(), Topic::id));
        assertEquals(ids(en.content().glossary(), GlossaryTerm::id), ids(es.content().glossary(), GlossaryTerm::id));
        assertEquals(ids(en.rules().questions(), Question::id), ids(es.rules().questions(), Question::id));
        assertEquals(en.decisions().options().stream().map(o -> o.id()).toList(),
                es.decisions().options().stream().map(o -> o.id()).toList());
        assertEquals(en.content().info().lastReviewed(), es.content().info().lastReviewed());
        // the sources are shared, the texts are not
        assertEquals(ids(en.content().sources(), s -> s.id()), ids(es.content().sources(), s -> s.id()));
        Topic enTopic = en.content().topics().iterator().next();
        Topic esTopic = es.content().topic(enTopic.id()).orElseThrow();
        assertNotEquals(enTopic.title(), esTopic.title());
        assertNotEquals(en.rules().treatmentName(Treatment.IV_KETAMINE), es.rules().treatmentName(Treatment.IV_KETAMINE));
        assertTrue(es.content().categories().get(0).title().matches("(?s).*\\p{L}.*"));
    }

    @Test
    void bundledContentSwitchesLanguageAndFolderContentKeepsItsOwn() {
        ContentFiles english = ContentFiles.bundled();
        assertNotEquals(english.read("manifest.json"), english.inLanguage("es").read("manifest.json"));
        assertEquals(english.read("sources.json"), english.inLanguage("es").read("sources.json"));
        ContentFiles fixed = path -> "{}";
        assertEquals(fixed, fixed.inLanguage("es"));
    }

    @Test
    void aLanguageWithoutContentFailsRatherThanFallingBackToEnglish() {
        ContentException e = assertThrows(ContentException.class, () -> ContentFiles.bundled("fr").read("manifest.json"));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContentFiles.bundled("../en"));
    }

    private static <T> List<String> ids(java.util.Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
