package org.ketamineguide.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ketamineguide.content.ContentInfo;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Source;

/**
 * What the About and sources screen shows: facts about the content and the app. Immutable.
 */
public final class AboutModel {
    /** Dates as the app shows them to users, for example "November 23, 2026". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final ContentInfo info;
    private final List<Source> sources;
    private final String version;

    public AboutModel(ContentRepository content, String version) {
        this.info = content.info();
        this.sources = List.copyOf(content.sources());
        this.version = version;
    }

    public String lastReviewed() {
        return DATE.format(info.lastReviewed());
    }

    public String nextReview() {
        return DATE.format(info.nextReview());
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

    /** Every source the app cites, as numbered one-line citations. */
    public List<String> citations() {
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < sources.size(); i++) {
            out.add((i + 1) + ". " + sources.get(i).citation());
        }
        return out;
    }
}
