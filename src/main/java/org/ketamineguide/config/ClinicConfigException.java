package org.ketamineguide.config;

import org.ketamineguide.json.JsonProblem;

/**
 * A clinic configuration file was refused: the configuration's flavour of the app's one
 * {@link JsonProblem}. The message, meant for clinic staff, names the field (or the file when the
 * file as a whole is the problem) and says what is wrong in one sentence.
 */
public final class ClinicConfigException extends JsonProblem {
    private static final long serialVersionUID = 1L;

    public ClinicConfigException(String field, String problem) {
        this(null, null, field, Kind.INVALID, problem);
    }

    /** The form {@link org.ketamineguide.json.StrictJson} makes problems in. */
    public ClinicConfigException(String file, String item, String field, Kind kind, String problem) {
        super(sentence(file, field, problem), file, item, field, kind, problem);
    }

    /** "clinic.json: 'kiosk' must be true or false.", "clinic.json is not valid JSON (line 2, column 3)." */
    private static String sentence(String file, String field, String problem) {
        String s;
        if (field != null) {
            s = (file != null ? file + ": " : "") + "'" + field + "' " + problem;
        } else {
            s = (file != null ? file : "The configuration") + " " + problem;
        }
        return s.endsWith(".") ? s : s + ".";
    }
}
