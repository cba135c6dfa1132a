package org.ketamineguide.content;

import java.time.LocalDate;

/**
 * Facts about the bundled content as a whole, shown on the About screen.
 *
 * @param version      content version label
 * @param lastReviewed the date the content as a whole was last reviewed
 * @param nextReview   the date by which the content is due for its next review
 * @param updatePolicy how and when the content is reviewed, in plain words
 * @param authors      who wrote and reviewed the content
 * @param funding      who pays for the project (and who does not)
 */
public record ContentInfo(String version, LocalDate lastReviewed, LocalDate nextReview, String updatePolicy,
                          String authors, String funding) {
}
