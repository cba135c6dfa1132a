package org.ketamineguide.shell;

import java.nio.file.Path;
import org.ketamineguide.i18n.Messages;

/**
 * What the main window shows about how the app was started.
 *
 * @param kiosk         running as a waiting-room kiosk
 * @param clinicName    the clinic's name for the footer, or null
 * @param logo          the clinic's logo image, or null
 * @param phone         the clinic's phone number for questions, or null
 * @param configWarning a staff-visible warning that the clinic configuration was refused, or null
 * @param shortStaffPin the staff PIN works but is shorter than advised (staff are asked for a longer one)
 */
public record ShellOptions(boolean kiosk, String clinicName, Path logo, String phone, String configWarning,
                           boolean shortStaffPin) {

    public ShellOptions(boolean kiosk, String clinicName, Path logo, String phone, String configWarning) {
        this(kiosk, clinicName, logo, phone, configWarning, false);
    }

    /** The staff-visible warning bar's text (a refused configuration, a short PIN), or null for none. */
    public String staffWarning(Messages messages) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (configWarning != null) {
            warnings.add(messages.format("shell.configWarning", configWarning));
        }
        if (shortStaffPin) {
            warnings.add(messages.get("shell.shortPin"));
        }
        return warnings.isEmpty() ? null : String.join(" ", warnings);
    }

    /** The footer line naming the clinic and its phone number, or null when neither is set. */
    public String clinicLine(Messages messages) {
        if (clinicName != null && phone != null) {
            return messages.format("shell.clinic.withPhone", clinicName, phone);
        }
        if (phone != null) {
            return messages.format("shell.clinic.phoneOnly", phone);
        }
        return clinicName;
    }
}
