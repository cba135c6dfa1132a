package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A news report or a clinic's page may add detail, but it is never the only support of a
 * statement: every topic section, glossary definition and comparison cell that cites sources
 * cites at least one label, regulator, trial, review or guideline. The walk covers whatever the
 * manifest lists, so topics added later are checked too.
 */
class SourceKindTest {

    /**
     * Statements that are neither medical nor legal and may rest on a report of prices or of one
     * hospital's own practice, each with the reason. Each entry must still rest on such sources
     * only, so an entry that gains a stronger source fails this test until it is removed here.
     */
    static final Map<String, String> NOT_MEDICAL_OR_LEGAL = Map.of(
            "comparison cost/iv_ketamine", "prices clinics charge, as reported by news and a price directory",
            "comparison cost/spravato", "the 2019 list price as reported at launch, and what the billing codes cover",
            "comparison cost/tms", "prices, as reported by a price directory",
            "comparison driving/ect", "what one hospital tells its ECT patients about rides, said as 'some hospitals'");

    private static ContentRepository content;

    @BeforeAll
    static void load() {
        content = ContentRepository.bundled();
    }

    /** Every cited item with its source ids, named the way the failure message shows it. */
    static Map<String, List<String>> citedItems(ContentRepository repo) {
        Map<String, List<String>> items = new java.util.LinkedHashMap<>();
        for (Topic topic : repo.topics()) {
            for (TopicSection section : topic.sections()) {
                List<String> ids = new ArrayList<>(section.sources());
                section.optionalQuote().ifPresent(q -> ids.add(q.source()));
                items.put("topic " + topic.id() + " / " + section.heading(), ids);
            }
        }
        for (GlossaryTerm term : repo.glossary()) {
            items.put("glossary " + term.id(), term.sources());
        }
        for (ComparisonTable.Row row : repo.comparison().rows()) {
            for (ComparisonTable.Cell cell : row.cells()) {
                items.put("comparison " + row.id() + "/" + cell.option(), cell.sources());
            }
        }
        return items;
    }

    /** True when an item cites sources and every one of them is news or a clinic's page. */
    static boolean restsOnWeakSourcesOnly(List<String> ids, Function<String, Source> sources) {
        return !ids.isEmpty() && ids.stream().map(sources).allMatch(s -> s.kind().isWeak());
    }

    static Set<String> offenders(ContentRepository repo) {
        return citedItems(repo).entrySet().stream()
                .filter(e -> restsOnWeakSourcesOnly(e.getValue(), id -> repo.source(id).orElseThrow()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noStatementRestsOnNewsOrClinicSourcesAlone() {
        Set<String> bad = new TreeSet<>(offenders(content));
        bad.removeAll(NOT_MEDICAL_OR_LEGAL.keySet());
        assertTrue(bad.isEmpty(), "backed only by news or clinic sources (add a label, regulator, trial, review or"
                + " guideline that says it, or drop the claim):\n  " + String.join("\n  ", bad));
    }

    @Test
    void everyKnownExceptionIsStillAnOffender() {
        Set<String> stale = new TreeSet<>(NOT_MEDICAL_OR_LEGAL.keySet());
        stale.removeAll(offenders(content));
        assertTrue(stale.isEmpty(), "has a stronger source now, remove from NOT_MEDICAL_OR_LEGAL: " + stale);
        assertTrue(NOT_MEDICAL_OR_LEGAL.keySet().stream().allMatch(k -> k.startsWith("comparison ")),
                "only comparison cells (prices, practice) may be exempt");
    }

    @Test
    void theWalkSeesEverySectionEveryGlossaryTermAndEveryCell() {
        int sections = content.topics().stream().mapToInt(t -> t.sections().size()).sum();
        int cells = content.comparison().rows().stream().mapToInt(r -> r.cells().size()).sum();
        assertEquals(sections + content.glossary().size() + cells, citedItems(content).size());
    }

    @Test
    void theCheckRefusesANewsOrClinicSourceAloneAndAcceptsItBesideAStrongOne() {
        Map<String, Source> planted = Map.of(
                "news", source("news", Source.Kind.NEWS),
                "clinic", source("clinic", Source.Kind.CLINIC),
                "label", source("label", Source.Kind.LABEL));
        assertTrue(restsOnWeakSourcesOnly(List.of("news"), planted::get));
        assertTrue(restsOnWeakSourcesOnly(List.of("clinic"), planted::get));
        assertTrue(restsOnWeakSourcesOnly(List.of("news", "clinic"), planted::get));
        assertFalse(restsOnWeakSourcesOnly(List.of("clinic", "label"), planted::get));
        assertFalse(restsOnWeakSourcesOnly(List.of(), planted::get), "plain words with no source are not checked here");
    }

    @Test
    void onlyNewsAndClinicKindsAreWeak() {
        EnumSet<Source.Kind> weak = EnumSet.noneOf(Source.Kind.class);
        for (Source.Kind kind : Source.Kind.values()) {
            if (kind.isWeak()) {
                weak.add(kind);
            }
        }
        assertEquals(EnumSet.of(Source.Kind.NEWS, Source.Kind.CLINIC), weak);
        assertEquals(List.of("label", "regulator", "trial", "review", "guideline", "news", "clinic"),
                java.util.Arrays.stream(Source.Kind.values()).map(Source.Kind::id).toList());
    }

    @Test
    void drugMakerPagesOtherThanTheLabelAreNotCountedAsLabels() {
        List<String> wrong = content.sources().stream()
                .filter(s -> s.kind() == Source.Kind.LABEL)
                .filter(s -> s.url().contains("spravato.com") || s.url().contains("spravatohcp.com")
                        || s.url().contains("jnjmedicalconnect.com") || s.url().contains("jnj.com"))
                .map(Source::id).toList();
        assertTrue(wrong.isEmpty(), "a maker's marketing or medical-information page is not the label: " + wrong);
    }

    private static Source source(String id, Source.Kind kind) {
        return new Source(id, "Title", "Publisher", 2025, "https://example.org/" + id, kind);
    }
}
