package edu.yiban.org.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.Refused;
import edu.yiban.org.json.YibanOrgModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Money is exact to the fen: two decimals always, more refused, never rounded. */
class MoneyTest {

    @Test
    void moneyAlwaysHasTwoDecimalsAndAddsExactly() {
        assertThat(Money.of("400000").toString()).isEqualTo("400000.00");
        assertThat(Money.of(new BigDecimal("1E+3"))).isEqualTo(Money.of("1000.00"));
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.3"));
        assertThat(Money.of("400000").minus(Money.ofFen(1))).hasToString("399999.99");
        assertThat(Money.ofYuan(400_000).fen()).isEqualTo(40_000_000L);
        assertThat(Money.of("5.0")).isEqualTo(Money.of("5.00")).hasSameHashCodeAs(Money.of("5"));
    }

    @Test
    void moreThanTwoDecimalPlacesAreRefusedNeverRounded() {
        Violation v = Refused.violation(() -> Money.of("12.345"));
        assertThat(v.path()).isEqualTo("amount");
        assertThat(v.zh()).isEqualTo("金额 12.345 超过两位小数；金额精确到分，从不悄悄舍入");
        assertThat(v.en()).isEqualTo("the amount 12.345 has more than two decimal places; money is kept to the fen and never rounded silently");
        assertThat(Money.of("12.340")).isEqualTo(Money.of("12.34"));
    }

    @Test
    void aMalformedOrHugeAmountIsRefused() {
        assertThatThrownBy(() -> Money.of("40万"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).en())
                        .isEqualTo("the amount \"40万\" is not a decimal number, e.g. 400000.00"));
        assertThatThrownBy(() -> Money.of("1e12"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("money.range"));
    }

    @Test
    void moneyIsAPlainDecimalNumberWithTwoPlacesInJson() {
        ObjectMapper json = YibanOrgModule.newMapper();

        assertThat(new String(YibanJson.write(json, Money.of("400000")), StandardCharsets.UTF_8)).isEqualTo("400000.00");
        assertThat(new String(YibanJson.write(json, Money.of("-0.5")), StandardCharsets.UTF_8)).isEqualTo("-0.50");
        assertThat(YibanJson.read(json, "400000".getBytes(StandardCharsets.UTF_8), Money.class)).isEqualTo(Money.of("400000.00"));
        assertThat(YibanJson.read(json, "\"12.3\"".getBytes(StandardCharsets.UTF_8), Money.class)).isEqualTo(Money.of("12.30"));
    }

    @Test
    void aYearBudgetIsCanonicalJson() {
        YearBudget budget = new YearBudget(java.time.Year.of(2023), Money.of("400000"),
                java.util.List.of(BudgetLine.of("hardware", "150000.5"), BudgetLine.of("awards", "249999.5")));

        assertThat(new String(YibanJson.write(YibanOrgModule.newMapper(), budget), StandardCharsets.UTF_8)).isEqualTo(
                "{\"lines\":[{\"amount\":150000.50,\"category\":\"hardware\"},{\"amount\":249999.50,\"category\":\"awards\"}],"
                        + "\"total\":400000.00,\"year\":\"2023\"}");
    }

    @Test
    void anAmountWithThreeDecimalsInJsonIsRefusedAtItsPath() {
        ObjectMapper json = YibanOrgModule.newMapper();
        byte[] line = "{\"category\":\"hardware\",\"amount\":60000.005}".getBytes(StandardCharsets.UTF_8);

        Violation v = Refused.violation(() -> YibanJson.read(json, line, BudgetLine.class));
        assertThat(v.path()).isEqualTo("amount");
        assertThat(v.code()).isEqualTo("money.precision");
    }

    @Test
    void aBudgetPresetJsonWithAnAmountTooPreciseIsRefusedNamingThePath() {
        byte[] preset = "{\"yearlyTotal\":400000.001,\"categories\":[{\"id\":\"hardware\",\"name\":\"硬件\"}]}".getBytes(StandardCharsets.UTF_8);

        Violation v = Refused.violation(() -> BudgetPreset.fromJson(new java.io.ByteArrayInputStream(preset)));
        assertThat(v.path()).isEqualTo("yearlyTotal");
        assertThat(v.zh()).startsWith("金额 400000.001 超过两位小数");
    }
}
