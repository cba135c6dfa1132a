package org.ketamineguide.content;

/**
 * A published reference that backs a statement shown to the user.
 *
 * @param id        stable id used by topics, rules and defaults
 * @param title     title of the document or page
 * @param publisher who published it (FDA, DEA, a journal, a manufacturer)
 * @param year      year of publication or last update
 * @param url       where a reader can find it
 */
public record Source(String id, String title, String publisher, int year, String url) {

    /** A one-line citation for lists and print-outs. */
    public String citation() {
        return title + ". " + publisher + ", " + year + ". " + url;
    }
}
