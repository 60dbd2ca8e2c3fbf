package app.vitalia.nutrition;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.remote.FdcClient;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How FoodData Central stands for search: configured or not, the circuit breaker, and
 * what is left of the hourly quota (shared by every instance when Redis is configured).
 * Admins only ({@code /api/admin/**}).
 */
@RestController
class RemoteFoodsController {

	record RemoteSourceStatus(boolean configured, String breaker, @Nullable Integer hourlyLimit,
			@Nullable Long quotaRemaining) {
	}

	private final FdcClient client;

	RemoteFoodsController(FdcClient client) {
		this.client = client;
	}

	@GetMapping("/api/admin/foods/remote")
	RemoteSourceStatus status() {
		if (!this.client.enabled()) {
			return new RemoteSourceStatus(false, this.client.breakerState().name(), null, null);
		}
		return new RemoteSourceStatus(true, this.client.breakerState().name(), this.client.hourlyLimit(),
				this.client.quotaRemaining());
	}

}
