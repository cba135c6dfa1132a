package org.ketamineguide.shell;

import java.time.LocalDate;
import java.util.List;
import org.ketamineguide.content.ContentInfo;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Source;

/**
 * What the About and sources screen shows: facts about the content and the app. Immutable.
 */
public final class AboutModel {
    private final ContentInfo info;
    private final List<Source> sources;
    private final String version;

    public AboutModel(ContentRepository content, String version) {
        this.info = content.info();
        this.sources = List.copyOf(content.sources());
        this.version = version;
    }

    public LocalDate lastReviewed() {
        return info.lastReviewed();
    }

    public LocalDate nextReview() {
        return info.nextReview();
    }

    public String updatePolicy() {
        return info.updatePolicy();
    }

    public String authors() {
        return info.authors();
    }

    public String funding() {
        return info.funding();
    }

    public String contentVersion() {
        return info.version();
    }

    public String appVersion() {
        return version;
    }

    /** How far the app meets one IPDAS criterion. */
    public enum Status { MET, PARTLY, NOT_YET }

    /**
     * One IPDAS minimum-standard criterion and how far "Weigh my options" meets it.
     *
     * @param id     message key part: {@code about.ipdas.<id>.name} and {@code about.ipdas.<id>.how}
     * @param status met, partly met, or not yet met
     */
    public record IpdasCriterion(String id, Status status) {
    }

    /** The six IPDAS qualifying criteria (Joseph-Williams et al., 2014), in the standard's sequence. */
    public List<IpdasCriterion> ipdasQualifying() {
        return List.of(new IpdasCriterion("q.condition", Status.MET), new IpdasCriterion("q.decision", Status.MET),
                new IpdasCriterion("q.options", Status.MET), new IpdasCriterion("q.benefits", Status.MET),
                new IpdasCriterion("q.harms", Status.MET), new IpdasCriterion("q.experience", Status.MET));
    }

    /** The six general IPDAS certification criteria, in the standard's sequence. */
    public List<IpdasCriterion> ipdasCertification() {
        return List.of(new IpdasCriterion("c.equalDetail", Status.MET), new IpdasCriterion("c.citations", Status.MET),
                new IpdasCriterion("c.date", Status.MET), new IpdasCriterion("c.updatePolicy", Status.MET),
                new IpdasCriterion("c.uncertainty", Status.PARTLY), new IpdasCriterion("c.funding", Status.MET));
    }

    /** What the app does not do yet that a certified decision aid would. */
    public List<String> ipdasNotYet() {
        return List.of("notYet.patients", "notYet.review", "notYet.panel", "notYet.quality");
    }

    /** Every source the app cites, as numbered one-line citations. */
    public List<String> citations() {
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < sources.size(); i++) {
            out.add((i + 1) + ". " + sources.get(i).citation());
        }
        return out;
    }
}
