package app.vitalia.billing.catalog;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MoneyTests {

	@Test
	void keepsTheCurrencysScaleAndCountsMinorUnits() {
		assertThat(Money.of("9.9", "EUR").text()).isEqualTo("9.90");
		assertThat(Money.of("9.99", "EUR").minorUnits()).isEqualTo(999);
		assertThat(Money.of("1500", "JPY").minorUnits()).isEqualTo(1500);
		assertThat(Money.ofMinor(999, Currency.getInstance("EUR"))).isEqualTo(Money.of("9.99", "EUR"));
		assertThat(Money.of("1.234", "KWD").minorUnits()).isEqualTo(1234);
	}

	@Test
	void neverRoundsSilently() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of("9.999", "EUR"));
		assertThat(Money.of("10.00", "EUR").times(1, 3)).isEqualTo(Money.of("3.33", "EUR"));
		assertThat(Money.of("0.05", "EUR").times(1, 2)).isEqualTo(Money.of("0.02", "EUR"));
	}

}
