package org.ketamineguide.content;

/**
 * Text quoted word for word from a label or other official document. Quotes are exempt from the
 * reading-level limits and are always shown with their source.
 *
 * @param text   the quoted words
 * @param source id of the source quoted
 */
public record Quote(String text, String source) {
}
