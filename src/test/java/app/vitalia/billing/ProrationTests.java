package app.vitalia.billing;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.ledger.Proration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProrationTests {

	static final long DAY = 86_400;

	@Test
	void anUpgradeHalfwayChargesHalfTheDifference() {
		assertThat(Proration.upgradeCharge(Money.of("9.99", "EUR"), Money.of("19.99", "EUR"), 15 * DAY, 30 * DAY))
			.isEqualTo(Money.of("5.00", "EUR"));
	}

	@Test
	void roundsHalfEvenToTheCurrencysCents() {
		// 10.00 x 1/8 = 1.25 exactly; 0.05 x 1/2 = 0.025 -> 0.02 (half-even), 0.15 x 1/2
		// = 0.075 -> 0.08
		assertThat(Proration.upgradeCharge(Money.of("10.00", "EUR"), Money.of("20.00", "EUR"), 1, 8))
			.isEqualTo(Money.of("1.25", "EUR"));
		assertThat(Proration.upgradeCharge(Money.of("1.00", "EUR"), Money.of("1.05", "EUR"), 1, 2))
			.isEqualTo(Money.of("0.02", "EUR"));
		assertThat(Proration.upgradeCharge(Money.of("1.00", "EUR"), Money.of("1.15", "EUR"), 1, 2))
			.isEqualTo(Money.of("0.08", "EUR"));
		assertThat(Proration.upgradeCharge(Money.of("1000", "JPY"), Money.of("1501", "JPY"), 1, 2))
			.isEqualTo(Money.of("250", "JPY"));
	}

	@Test
	void nothingIsChargedWhenThePeriodIsOverAndAllOfItAtTheStart() {
		assertThat(Proration.upgradeCharge(Money.of("9.99", "EUR"), Money.of("19.99", "EUR"), 0, 30 * DAY))
			.isEqualTo(Money.of("0.00", "EUR"));
		assertThat(Proration.upgradeCharge(Money.of("9.99", "EUR"), Money.of("19.99", "EUR"), 30 * DAY, 30 * DAY))
			.isEqualTo(Money.of("10.00", "EUR"));
	}

	@Test
	void aDowngradeOrAnotherCurrencyIsNotAnUpgrade() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Proration.upgradeCharge(Money.of("19.99", "EUR"), Money.of("9.99", "EUR"), 1, 2));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Proration.upgradeCharge(Money.of("9.99", "EUR"), Money.of("19.99", "USD"), 1, 2));
	}

}
