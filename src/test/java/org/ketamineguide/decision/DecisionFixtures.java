package org.ketamineguide.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;

/** The bundled decision content and a filled-in record, for tests. */
public final class DecisionFixtures {
    private static ContentRepository repo;
    private static DecisionContent content;

    private DecisionFixtures() {
    }

    public static synchronized ContentRepository repository() {
        if (repo == null) {
            repo = ContentRepository.bundled();
        }
        return repo;
    }

    public static synchronized DecisionContent content() {
        if (content == null) {
            content = OutcomesReader.read(ContentFiles.bundled().read(OutcomesReader.FILE),
                    id -> repository().source(id).isPresent());
        }
        return content;
    }

    /** A person who cares about speed and memory, leans towards TMS, is unsure on one SURE item. */
    public static DecisionRecord filledIn() {
        return new DecisionRecord(
                Map.of(Factor.SPEED, Importance.VERY, Factor.MEMORY, Importance.VERY, Factor.COST, Importance.SOMEWHAT,
                        Factor.NEEDLES, Importance.NOT),
                "Being able to keep caring for my kids", Optional.of("tms"),
                Map.of(SureQuestion.SURE, false, SureQuestion.UNDERSTAND, true, SureQuestion.RISK_BENEFIT, true,
                        SureQuestion.ENCOURAGEMENT, true),
                List.of("How soon could I start TMS near me?"));
    }
}
