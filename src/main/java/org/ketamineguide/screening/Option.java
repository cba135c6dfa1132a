package org.ketamineguide.screening;

import java.util.OptionalInt;

/**
 * One answer a question offers.
 *
 * @param id    stable id used by saved screenings, tests and the rules
 * @param label the words shown on the answer button
 * @param score the points this answer adds to a scored instrument (PHQ-9), or empty
 */
public record Option(String id, String label, OptionalInt score) {
}
