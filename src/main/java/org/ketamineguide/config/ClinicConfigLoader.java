package org.ketamineguide.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a clinic configuration file. A file with any problem is refused as a whole with
 * a {@link ClinicConfigException} naming the field; the app then runs with the defaults. Plain Java.
 */
public final class ClinicConfigLoader {
    private static final Set<String> FIELDS = Set.of("clinicName", "logo", "staffHelpSentence", "kiosk",
            "idleTimeoutSeconds", "warningSeconds", "treatmentsOffered", "defaultPrices", "phone", "staffPin",
            "kioskPrinter");
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private ClinicConfigLoader() {
    }

    /** Reads a configuration file; relative logo paths are resolved against the file's folder. */
    public static ClinicConfig load(Path file) throws ClinicConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClinicConfigException(null, "The configuration file " + file + " cannot be read.");
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, base);
    }

    /** Parses configuration text; {@code base} resolves a relative logo path (may be null). */
    public static ClinicConfig parse(String text, Path base) throws ClinicConfigException {
        JsonObject o;
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new ClinicConfigException(null, "The configuration must be one JSON object.");
            }
            o = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ClinicConfigException(null, "The configuration is not valid JSON.");
        }
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new ClinicConfigException(key, "is not a known setting (check the spelling).");
            }
        }
        ClinicConfig d = ClinicConfig.defaults();
        String name = text(o, "clinicName", 80);
        Path logo = logo(o, base);
        String staff = text(o, "staffHelpSentence", 200);
        boolean kiosk = o.has("kiosk") ? bool(o, "kiosk") : d.kiosk();
        int idle = o.has("idleTimeoutSeconds") ? integer(o, "idleTimeoutSeconds", 30, 3600) : d.idleTimeoutSeconds();
        int warning = o.has("warningSeconds") ? integer(o, "warningSeconds", 20, 300) : d.warningSeconds();
        List<String> treatments = o.has("treatmentsOffered") ? treatments(o) : d.treatmentsOffered();
        Map<String, BigDecimal> prices = o.has("defaultPrices") ? prices(o) : d.defaultPrices();
        String phone = text(o, "phone", 40);
        if (phone != null && !phone.matches("[0-9 ()+.\\-]{7,40}")) {
            throw new ClinicConfigException("phone", "must be a phone number such as (555) 010-0199.");
        }
        String pin = text(o, "staffPin", 12);
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw new ClinicConfigException("staffPin", "must be 4 to 12 digits.");
        }
        String printer = text(o, "kioskPrinter", 200);
        return new ClinicConfig(name, logo, staff, kiosk, idle, warning, treatments, prices, phone, pin, printer);
    }

    private static String text(JsonObject o, String field, int maxLength) throws ClinicConfigException {
        if (!o.has(field) || o.get(field).isJsonNull()) {
            return null;
        }
        JsonElement e = o.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new ClinicConfigException(field, "must be text in quotes.");
        }
        String s = e.getAsString().strip();
        if (s.isEmpty()) {
            throw new ClinicConfigException(field, "is empty; remove it or fill it in.");
        }
        if (s.length() > maxLength) {
            throw new ClinicConfigException(field, "is too long (at most " + maxLength + " characters).");
        }
        return s;
    }

    private static boolean bool(JsonObject o, String field) throws ClinicConfigException {
        JsonElement e = o.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new ClinicConfigException(field, "must be true or false.");
        }
        return e.getAsBoolean();
    }

    private static int integer(JsonObject o, String field, int min, int max) throws ClinicConfigException {
        JsonElement e = o.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ClinicConfigException(field, "must be a whole number from " + min + " to " + max + ".");
        }
        BigDecimal v = e.getAsBigDecimal();
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ClinicConfigException(field, "must be a whole number from " + min + " to " + max + ".");
        }
        return v.intValueExact();
    }

    private static Path logo(JsonObject o, Path base) throws ClinicConfigException {
        String s = text(o, "logo", 500);
        if (s == null) {
            return null;
        }
        Path p;
        try {
            p = Path.of(s);
        } catch (InvalidPathException e) {
            throw new ClinicConfigException("logo", "is not a valid file path.");
        }
        if (!p.isAbsolute() && base != null) {
            p = base.resolve(p);
        }
        String lower = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            throw new ClinicConfigException("logo", "must be a .png or .jpg image.");
        }
        if (!Files.isRegularFile(p)) {
            throw new ClinicConfigException("logo", "file was not found: " + p);
        }
        return p;
    }

    private static List<String> treatments(JsonObject o) throws ClinicConfigException {
        JsonElement e = o.get("treatmentsOffered");
        if (!e.isJsonArray()) {
            throw new ClinicConfigException("treatmentsOffered", "must be a list such as [\"spravato\"].");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()
                    || !ClinicConfig.TREATMENTS.contains(item.getAsString())) {
                throw new ClinicConfigException("treatmentsOffered",
                        "may only hold " + ClinicConfig.TREATMENTS + ", not " + item + ".");
            }
            if (!out.contains(item.getAsString())) {
                out.add(item.getAsString());
            }
        }
        return out;
    }

    private static Map<String, BigDecimal> prices(JsonObject o) throws ClinicConfigException {
        JsonElement e = o.get("defaultPrices");
        if (!e.isJsonObject()) {
            throw new ClinicConfigException("defaultPrices", "must be an object such as {\"spravato\": 900}.");
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
            String field = "defaultPrices." + entry.getKey();
            if (!ClinicConfig.TREATMENTS.contains(entry.getKey())) {
                throw new ClinicConfigException(field, "is not a treatment; use " + ClinicConfig.TREATMENTS + ".");
            }
            JsonElement v = entry.getValue();
            if (!v.isJsonPrimitive() || !((JsonPrimitive) v).isNumber()) {
                throw new ClinicConfigException(field, "must be a number of dollars such as 650.00.");
            }
            BigDecimal price = v.getAsBigDecimal();
            if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2) {
                throw new ClinicConfigException(field, "must be from 0 to 100000 dollars, with at most 2 decimals.");
            }
            out.put(entry.getKey(), price.setScale(2));
        }
        return out;
    }
}
