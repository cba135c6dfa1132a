package org.ketamineguide.config;

/** A clinic configuration file was refused; the message names the field and what is wrong. */
public final class ClinicConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ClinicConfigException(String field, String problem) {
        super(field == null ? problem : "'" + field + "' " + problem);
        this.field = field;
    }

    /** The field that was wrong, or null when the file as a whole could not be read. */
    public String field() {
        return field;
    }
}
