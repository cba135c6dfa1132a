package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FieldInputTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            // field | typed text | value, or the problem
            "PRICE_PER_SESSION | 600 | 600.00",
            "PRICE_PER_SESSION | $1,500.00 | 1500.00",
            "PRICE_PER_SESSION | '  1500  ' | 1500.00",
            "PRICE_PER_SESSION | 1,500 | 1500.00",
            "PRICE_PER_SESSION | $ 885 | 885.00",
            "PRICE_PER_SESSION | 12.5 | 12.50",
            "PRICE_PER_SESSION | .99 | 0.99",
            "PRICE_PER_SESSION | 100. | 100.00",
            "PRICE_PER_SESSION | 0 | 0.00",
            "PRICE_PER_SESSION | 100,000 | 100000.00",
            "PRICE_PER_SESSION | 100,000.01 | OUT_OF_RANGE",
            "PRICE_PER_SESSION | 1000000 | OUT_OF_RANGE",
            "PRICE_PER_SESSION | '' | MISSING",
            "PRICE_PER_SESSION | '   ' | MISSING",
            "PRICE_PER_SESSION | abc | NOT_A_NUMBER",
            "PRICE_PER_SESSION | 6OO | NOT_A_NUMBER",
            "PRICE_PER_SESSION | 1e3 | NOT_A_NUMBER",
            "PRICE_PER_SESSION | 12.3.4 | NOT_A_NUMBER",
            "PRICE_PER_SESSION | $ | NOT_A_NUMBER",
            "PRICE_PER_SESSION | 600 dollars | NOT_A_NUMBER",
            "PRICE_PER_SESSION | -5 | NEGATIVE",
            "PRICE_PER_SESSION | -$5 | NEGATIVE",
            "PRICE_PER_SESSION | $-5 | NEGATIVE",
            "PRICE_PER_SESSION | \u22125 | NEGATIVE",
            "PRICE_PER_SESSION | -0 | 0.00",
            "PRICE_PER_SESSION | 12.345 | TOO_MANY_DECIMALS",
            // "1.500" is 1500 where a dot groups thousands: refused, never read as 1.50
            "PRICE_PER_SESSION | 1.500 | TOO_MANY_DECIMALS",
            "PRICE_PER_SESSION | 12.500 | TOO_MANY_DECIMALS",
            "COINSURANCE_PERCENT | 20.000 | TOO_MANY_DECIMALS",
            "PRICE_PER_SESSION | '1.000,5' | BAD_COMMAS",
            "PRICE_PER_SESSION | 1e309 | NOT_A_NUMBER",
            "PRICE_PER_SESSION | NaN | NOT_A_NUMBER",
            "PRICE_PER_SESSION | Infinity | NOT_A_NUMBER",
            // digits from other scripts read as the person meant
            "PRICE_PER_SESSION | \u0661\u0665\u0660\u0660 | 1500.00",
            "PRICE_PER_SESSION | \uff18\uff18\uff15 | 885.00",
            "HORIZON_WEEKS | \u0665\u0662 | 52",
            "PRICE_PER_SESSION | 1,50 | BAD_COMMAS",
            "PRICE_PER_SESSION | 15,00.00 | BAD_COMMAS",
            "PRICE_PER_SESSION | 99999999999999999999999999999999999999999999 | OUT_OF_RANGE",
            "HORIZON_WEEKS | 52 | 52",
            "HORIZON_WEEKS | 52.0 | 52",
            "HORIZON_WEEKS | 53 | OUT_OF_RANGE",
            "HORIZON_WEEKS | 0 | OUT_OF_RANGE",
            "HORIZON_WEEKS | 26.5 | NOT_WHOLE",
            "HORIZON_WEEKS | $26 | NOT_A_NUMBER",
            "HORIZON_WEEKS | six | NOT_A_NUMBER",
            "INDUCTION_SESSIONS | 13 | OUT_OF_RANGE",
            "INDUCTION_WEEKS | 8 | 8",
            "MAINTENANCE_INTERVAL_WEEKS | 0 | 0",
            "MAINTENANCE_INTERVAL_WEEKS | 27 | OUT_OF_RANGE",
            "COINSURANCE_PERCENT | 20% | 20.00",
            "COINSURANCE_PERCENT | 12.5 % | 12.50",
            "COINSURANCE_PERCENT | 100 | 100.00",
            "COINSURANCE_PERCENT | 101 | OUT_OF_RANGE",
            "COINSURANCE_PERCENT | $20 | NOT_A_NUMBER",
            "EXTRA_PER_SESSION | 10,000 | 10000.00",
            "EXTRA_PER_SESSION | 10,001 | OUT_OF_RANGE",
            "OUT_OF_POCKET_REMAINING | $10,600 | 10600.00",
    })
    void readsOrRefusesTypedText(PlanField field, String text, String expected) {
        FieldInput.Result r = FieldInput.parse(field, text);
        if (Character.isDigit(expected.charAt(0))) {
            assertTrue(r.isOk(), () -> "refused with " + r.problem());
            assertEquals(new BigDecimal(expected), r.value());
            assertEquals(new BigDecimal(expected).scale(), r.value().scale());
        } else {
            assertEquals(PlanProblem.valueOf(expected), r.problem());
            assertNull(r.value());
        }
    }

    @Test
    void nullIsMissing() {
        assertEquals(PlanProblem.MISSING, FieldInput.parse(PlanField.PRICE_PER_SESSION, null).problem());
    }

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(7);
        String alphabet = "0123456789$,.-% abc\u2212\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            for (PlanField f : PlanField.values()) {
                FieldInput.Result res = FieldInput.parse(f, sb.toString());
                if (res.isOk()) {
                    assertTrue(f.inRange(res.value()), "seed 7, text '" + sb + "'");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INDUCTION_SESSIONS | 6 | 1 | 7",
            "INDUCTION_SESSIONS | 12 | 1 | 12",
            "INDUCTION_SESSIONS | 1 | -1 | 1",
            "INDUCTION_SESSIONS | abc | 1 | 1",
            "INDUCTION_SESSIONS | 40 | -1 | 12",
            "MAINTENANCE_INTERVAL_WEEKS | 1 | -1 | 0",
            "HORIZON_WEEKS | '' | 1 | 1",
    })
    void steppersStayInRange(PlanField field, String text, int delta, String expected) {
        assertEquals(expected, FieldInput.step(field, text, delta));
    }

    @ParameterizedTest
    @CsvSource({"PRICE_PER_SESSION, 1500.00, 1500", "PRICE_PER_SESSION, 12.50, 12.50",
            "COINSURANCE_PERCENT, 12.50, 12.5", "COINSURANCE_PERCENT, 20.00, 20", "HORIZON_WEEKS, 52, 52"})
    void formatsValuesTheWayAPersonTypesThem(PlanField field, String value, String expected) {
        String text = FieldInput.format(field, new BigDecimal(value));
        assertEquals(expected, text);
        assertEquals(0, FieldInput.parse(field, text).value().compareTo(new BigDecimal(value)));
    }
}
