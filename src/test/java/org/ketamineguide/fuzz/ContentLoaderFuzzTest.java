package org.ketamineguide.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.testing.Fuzz;
import org.ketamineguide.testing.JsonMutator;

/**
 * Feeds the content loader damaged copies of the bundled files: every one either loads or is
 * refused with a ContentException that has a plain message. Nothing else may happen.
 */
class ContentLoaderFuzzTest {

    @Test
    void everyDamagedContentFileLoadsOrIsRefusedCleanly() {
        ContentRepository bundled = ContentRepository.bundled();
        ContentFiles original = ContentFiles.bundled();
        List<String> names = new java.util.ArrayList<>(List.of("manifest.json", "sources.json", "glossary.json",
                "comparison.json"));
        bundled.topics().forEach(t -> names.add("topics/" + t.id() + ".json"));
        Map<String, String> texts = new HashMap<>();
        names.forEach(n -> texts.put(n, original.read(n)));

        long seed = Fuzz.seed();
        Random random = new Random(seed);
        JsonMutator mutator = new JsonMutator(random);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String victim = names.get(random.nextInt(names.size()));
            String damaged = mutator.mutate(texts.get(victim));
            ContentFiles files = path -> path.equals(victim) ? damaged : texts.getOrDefault(path, original.read(path));
            try {
                ContentRepository.load(files);
                loaded++;
            } catch (ContentException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "blank message");
                assertFalse(e.getMessage().contains("Exception"), () -> "technical message: " + e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + ", input " + i + " (" + victim + ") threw " + e + "\n" + damaged, e);
            }
        }
        System.out.printf("content fuzz: %d loaded, %d refused (seed %d)%n", loaded, refused, seed);
        assertTrue(refused > 0 && loaded + refused == Fuzz.iterations());
    }
}
