package org.ketamineguide.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A published reference that backs a statement shown to the user.
 *
 * @param id        stable id used by topics, rules and defaults
 * @param title     title of the document or page
 * @param publisher who published it (FDA, DEA, a journal, a manufacturer)
 * @param year      year of publication or last update
 * @param url       where a reader can find it
 * @param kind      what kind of document it is, which says how much weight it can carry
 */
public record Source(String id, String title, String publisher, int year, String url, Kind kind) {

    /**
     * What kind of document a source is. News and clinic sources may add detail, but they are never
     * enough on their own to back a medical or legal statement.
     */
    public enum Kind {
        /** Official product information of a medicine or device: prescribing information, Medication Guide, SmPC. */
        LABEL,
        /** A document of a body that makes or enforces the rules: FDA, DEA, CMS, IRS, the Federal Register. */
        REGULATOR,
        /** A report of one study: a randomized trial, a cohort, a case report, a secondary analysis. */
        TRIAL,
        /** A summary of many studies or a reference work: review articles, drug monographs, health-information pages. */
        REVIEW,
        /** A recommendation or position of a professional body. */
        GUIDELINE,
        /** News, press releases, advocacy pages and coding or trade websites that report on something. */
        NEWS,
        /** A page of a business that sells or provides a treatment, including a drug maker's marketing pages. */
        CLINIC;

        /** The id used in {@code sources.json}: the name in lower case. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for kinds that can never be the only support of a medical or legal statement. */
        public boolean isWeak() {
            return this == NEWS || this == CLINIC;
        }

        /** The kind with this id, or empty when there is none. */
        public static Optional<Kind> fromId(String id) {
            return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
        }
    }

    /** A one-line citation for lists and print-outs. */
    public String citation() {
        return title + ". " + publisher + ", " + year + ". " + url;
    }
}
