package org.ketamineguide.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;

/**
 * The check reads Spanish as it reads English: run over every text of every topic page, it fires
 * on exactly the same texts in {@code content/en/} and {@code content/es/} (the pages that speak of
 * suicide), and on nothing else. A phrase list that is too broad in one language shows up here.
 */
class CrisisLanguageContentTest {
    private static final Path CONTENT = Path.of("src/main/resources/org/ketamineguide/content");

    private static ContentRepository load(String language) {
        ContentFiles shared = ContentFiles.folder(CONTENT.resolve("en"));
        ContentFiles own = ContentFiles.folder(CONTENT.resolve(language));
        return ContentRepository.load(path -> path.equals("sources.json") ? shared.read(path) : own.read(path));
    }

    /** Every reader-facing text of a page, in a fixed order that is the same in both languages. */
    private static List<String> texts(Topic topic) {
        List<String> out = new ArrayList<>();
        out.add(topic.title());
        out.add(topic.summary());
        out.addAll(topic.keyPoints());
        for (TopicSection section : topic.sections()) {
            out.add(section.heading());
            out.addAll(section.paragraphs());
            out.addAll(section.bullets());
        }
        out.addAll(topic.clinicianQuestions());
        return out;
    }

    @Test
    void spanishAndEnglishPagesTripTheCheckInTheSamePlaces() {
        ContentRepository en = load("en");
        ContentRepository es = load("es");
        List<String> firedEn = new ArrayList<>();
        List<String> firedEs = new ArrayList<>();
        for (Topic english : en.topics()) {
            Topic spanish = es.topic(english.id()).orElseThrow();
            List<String> textsEn = texts(english);
            List<String> textsEs = texts(spanish);
            assertEquals(textsEn.size(), textsEs.size(), english.id());
            for (int i = 0; i < textsEn.size(); i++) {
                if (CrisisLanguage.matches(textsEn.get(i))) {
                    firedEn.add(english.id() + "#" + i);
                }
                if (CrisisLanguage.matches(textsEs.get(i))) {
                    firedEs.add(english.id() + "#" + i + " " + textsEs.get(i));
                }
            }
        }
        assertFalse(firedEn.isEmpty(), "the pages that speak of suicide should fire: the check is switched on");
        assertEquals(firedEn, firedEs.stream().map(s -> s.substring(0, s.indexOf(' '))).toList(), firedEs.toString());
    }
}
