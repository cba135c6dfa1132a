package org.ketamineguide.config;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.JsonProblem;
import org.ketamineguide.json.StrictJson;

/**
 * Reads and checks a clinic configuration file through the app's one strict JSON reader. A file
 * with any problem is refused as a whole with a {@link ClinicConfigException} naming the field.
 *
 * <p>Starting the app ({@link #start}) never fails, and kiosk mode fails closed: a refused file
 * that asks for a kiosk anywhere in its text (a tolerant look for {@code "kiosk"} followed by
 * anything but {@code false}) starts a kiosk with the standard settings, and a file that cannot
 * be read as text at all (missing, not a regular file, too large, not UTF-8) also starts a kiosk,
 * because nobody can tell whether it asked for one. Plain Java; runs before the first frame, so
 * every read is bounded.
 */
public final class ClinicConfigLoader {
    /** Larger files are refused: a configuration is a few hundred bytes. */
    public static final long MAX_BYTES = 64 * 1024;
    /** Larger logos are refused: the app shows the logo 40 pixels high. */
    public static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;
    /** Wider or taller logos are refused: drawn, they would take more memory than the whole app. */
    public static final int MAX_LOGO_PIXELS = 4096;
    private static final Set<String> FIELDS = Set.of("clinicName", "logo", "staffHelpSentence", "kiosk",
            "idleTimeoutSeconds", "warningSeconds", "treatmentsOffered", "defaultPrices", "phone", "staffPin",
            "kioskPrinter", "languages", "defaultLanguage", "staffHelpSentenceEs");
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** The name kiosk in any quotes, a colon, and the start of its value. */
    private static final Pattern KIOSK = Pattern.compile(
            "(?i)(?<![a-z0-9_])kiosk(?![a-z0-9_])[\"']?\\s*:\\s*(\\S{0,5})");

    private ClinicConfigLoader() {
    }

    /**
     * The settings the app starts with, and why a file was refused.
     *
     * @param config  the file's settings, or the standard ones when it was refused (as a kiosk
     *                when the file asked for one or could not be read)
     * @param refusal why the file was refused, or empty when it was used
     */
    public record Outcome(ClinicConfig config, Optional<ClinicConfigException> refusal) {
        /** The staff-visible warning, or empty when the file was used. */
        public Optional<String> warning() {
            return refusal.map(ClinicConfigException::getMessage);
        }
    }

    /**
     * The settings to start with, given a configuration file; never throws. See the class comment
     * for how a refused file still decides kiosk mode.
     */
    public static Outcome start(Path file) {
        String text = null;
        try {
            text = json(file).readText(file);
            return new Outcome(parse(json(file), text, base(file)), Optional.empty());
        } catch (ClinicConfigException e) {
            return refused(text, e);
        } catch (RuntimeException e) {
            // Not expected (every check makes a ClinicConfigException), but the start must not fail open.
            return refused(text, new ClinicConfigException(String.valueOf(file.getFileName()), null, null,
                    JsonProblem.Kind.DAMAGED, "could not be used"));
        }
    }

    private static Outcome refused(String text, ClinicConfigException why) {
        boolean kiosk = text == null || asksForKiosk(text);
        return new Outcome(kiosk ? ClinicConfig.standardKiosk() : ClinicConfig.defaults(), Optional.of(why));
    }

    /**
     * Whether configuration text asks for a kiosk anywhere, read tolerantly (comments, any quotes,
     * broken JSON): the name {@code kiosk} followed by a colon and any value but {@code false} or
     * {@code null}. Used only on text of at most {@link #MAX_BYTES}.
     */
    static boolean asksForKiosk(String text) {
        Matcher m = KIOSK.matcher(text.length() > MAX_BYTES ? text.substring(0, (int) MAX_BYTES) : text);
        while (m.find()) {
            String value = m.group(1).toLowerCase(Locale.ROOT);
            if (!value.startsWith("false") && !value.startsWith("null")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a configuration file; relative logo paths are resolved against the file's folder. */
    public static ClinicConfig load(Path file) throws ClinicConfigException {
        return parse(json(file), json(file).readText(file), base(file));
    }

    /** Parses configuration text; {@code base} resolves a relative logo path (may be null). */
    public static ClinicConfig parse(String text, Path base) throws ClinicConfigException {
        return parse(json(null), text, base);
    }

    private static StrictJson json(Path file) {
        String name = file == null ? null : String.valueOf(file.getFileName());
        return StrictJson.named(name).maxBytes(MAX_BYTES).problems(ClinicConfigException::new);
    }

    private static Path base(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static ClinicConfig parse(StrictJson json, String text, Path base) {
        JsonFields o = json.parse(text);
        for (String key : o.fieldNames()) {
            if (!FIELDS.contains(key)) {
                throw o.problem(key, "is not a known setting (check the spelling)");
            }
        }
        ClinicConfig d = ClinicConfig.defaults();
        String name = text(o, "clinicName", 80);
        Path logo = logo(o, base);
        String staff = text(o, "staffHelpSentence", 200);
        boolean kiosk = o.has("kiosk") ? o.bool("kiosk") : d.kiosk();
        int idle = o.has("idleTimeoutSeconds") ? integer(o, "idleTimeoutSeconds", 30, 3600) : d.idleTimeoutSeconds();
        int warning = o.has("warningSeconds") ? integer(o, "warningSeconds", 20, 300) : d.warningSeconds();
        List<Treatment> treatments = o.has("treatmentsOffered") ? treatments(o) : d.treatmentsOffered();
        Map<Treatment, BigDecimal> prices = o.has("defaultPrices") ? prices(o) : d.defaultPrices();
        String phone = text(o, "phone", 40);
        if (phone != null && !phone.matches("[0-9 ()+.\\-]{7,40}")) {
            throw o.problem("phone", "must be a phone number such as (555) 010-0199");
        }
        String pin = text(o, "staffPin", 12);
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw o.problem("staffPin", "must be 4 to 12 digits");
        }
        String printer = text(o, "kioskPrinter", 200);
        List<Language> languages = o.has("languages") ? languages(o) : d.languages();
        Language defaultLanguage = d.defaultLanguage();
        if (o.has("defaultLanguage")) {
            String code = o.text("defaultLanguage");
            defaultLanguage = Language.ofCode(code).filter(languages::contains).orElseThrow(() -> o.problem(
                    "defaultLanguage", "must be one of the languages offered " + codes(languages) + ", not '"
                            + shorten(code) + "'"));
        } else if (!languages.contains(defaultLanguage)) {
            defaultLanguage = languages.get(0);
        }
        String staffEs = text(o, "staffHelpSentenceEs", 200);
        return new ClinicConfig(name, logo, staff, kiosk, idle, warning, treatments, prices, phone, pin, printer,
                languages, defaultLanguage, staffEs);
    }

    /** Optional text of at most {@code maxLength} characters; absent or null gives null. */
    private static String text(JsonFields o, String field, int maxLength) {
        if (!o.has(field)) {
            return null;
        }
        String s = o.text(field);
        if (s.length() > maxLength) {
            throw o.problem(field, "is too long (at most " + maxLength + " characters)");
        }
        return s;
    }

    private static int integer(JsonFields o, String field, int min, int max) {
        String range = "must be a whole number from " + min + " to " + max;
        BigDecimal v = o.number(field);
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw o.problem(field, range);
        }
        return v.intValueExact();
    }

    /** The logo: a PNG or JPEG image in a regular file of at most {@link #MAX_LOGO_BYTES}. */
    private static Path logo(JsonFields o, Path base) {
        String s = text(o, "logo", 500);
        if (s == null) {
            return null;
        }
        Path p;
        try {
            p = Path.of(s);
        } catch (InvalidPathException e) {
            throw o.problem("logo", "is not a valid file path");
        }
        if (!p.isAbsolute() && base != null) {
            p = base.resolve(p);
        }
        String lower = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            throw o.problem("logo", "must be a .png or .jpg image");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw o.problem("logo", "file was not found: " + shown(p));
        } catch (IOException | SecurityException e) {
            throw o.problem("logo", "file cannot be read: " + shown(p));
        }
        if (!attributes.isRegularFile()) {
            throw o.problem("logo", "is not a regular file: " + shown(p));
        }
        if (attributes.size() > MAX_LOGO_BYTES) {
            throw o.problem("logo", "is too large (at most " + MAX_LOGO_BYTES / (1024 * 1024) + " MB)");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(p)) {
            start = in.readNBytes((int) MAX_LOGO_BYTES);
        } catch (IOException | SecurityException e) {
            throw o.problem("logo", "file cannot be read: " + shown(p));
        }
        if (!startsWith(start, PNG) && !startsWith(start, JPEG)) {
            throw o.problem("logo", "is not a PNG or JPEG image: " + shown(p));
        }
        // a small file can hold a huge picture (a PNG of 1.5 MB can be 40,000 pixels square, 1.6 GB
        // once drawn): the size it says it has is checked before anything draws it
        long[] size = startsWith(start, PNG) ? pngSize(start) : jpegSize(start);
        if (size != null && (size[0] > MAX_LOGO_PIXELS || size[1] > MAX_LOGO_PIXELS)) {
            throw o.problem("logo", "is too large (at most " + MAX_LOGO_PIXELS + " by " + MAX_LOGO_PIXELS + " pixels)");
        }
        return p;
    }

    /** Width and height from a PNG's first chunk (IHDR), or null when the file is too short to say. */
    private static long[] pngSize(byte[] b) {
        return b.length >= 24 ? new long[] {uint32(b, 16), uint32(b, 20)} : null;
    }

    /** Width and height from a JPEG's frame header (SOFn), or null when none is found. */
    private static long[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return new long[] {((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF), ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF)};
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return null; // end of image or start of scan before any frame header
            }
            i += 2 + length;
        }
        return null;
    }

    private static long uint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** A path for a message: at most its last 80 characters. */
    private static String shown(Path p) {
        String s = p.toString();
        return s.length() > 80 ? "..." + s.substring(s.length() - 77) : s;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static List<Treatment> treatments(JsonFields o) {
        List<Treatment> out = new ArrayList<>();
        for (String item : o.texts("treatmentsOffered", false)) {
            Treatment t = Treatment.fromId(item).orElseThrow(() -> o.problem("treatmentsOffered", "may only hold "
                    + Treatment.ids() + ", not '" + (item.length() > 40 ? item.substring(0, 37) + "..." : item) + "'"));
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The languages offered: known codes, at least one, each once. */
    private static List<Language> languages(JsonFields o) {
        List<Language> out = new ArrayList<>();
        for (String item : o.texts("languages", false)) {
            Language l = Language.ofCode(item).orElseThrow(() -> o.problem("languages", "may only hold "
                    + codes(List.of(Language.values())) + ", not '" + shorten(item) + "'"));
            if (out.contains(l)) {
                throw o.problem("languages", "lists '" + item + "' twice");
            }
            out.add(l);
        }
        if (out.isEmpty()) {
            throw o.problem("languages", "must list at least one language");
        }
        return out;
    }

    private static String codes(List<Language> languages) {
        return languages.stream().map(Language::code).toList().toString();
    }

    private static String shorten(String item) {
        return item.length() > 40 ? item.substring(0, 37) + "..." : item;
    }

    private static Map<Treatment, BigDecimal> prices(JsonFields o) {
        JsonFields prices = o.objectAt("defaultPrices");
        Map<Treatment, BigDecimal> out = new LinkedHashMap<>();
        for (String treatment : prices.fieldNames()) {
            Treatment t = Treatment.fromId(treatment)
                    .orElseThrow(() -> prices.problem(treatment, "is not a treatment; use " + Treatment.ids()));
            BigDecimal price = prices.number(treatment);
            if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2) {
                throw prices.problem(treatment, "must be from 0 to 100000 dollars, with at most 2 decimals");
            }
            out.put(t, price.setScale(2));
        }
        return out;
    }
}
