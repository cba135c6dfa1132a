package org.ketamineguide.screening;

/**
 * A treatment the screening speaks about.
 *
 * @param id   stable id ({@code spravato}, {@code iv_ketamine})
 * @param name the name shown to users
 */
public record Treatment(String id, String name) {
}
