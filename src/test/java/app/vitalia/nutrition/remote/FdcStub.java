package app.vitalia.nutrition.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local FoodData Central that answers in the documented format: search results with
 * flat nutrients ({@code nutrientNumber}, {@code value}), food details with nested
 * nutrients ({@code nutrient.number}, {@code amount}) and portions. Scripted failures
 * (status codes, slow answers) are served first, in order.
 */
public final class FdcStub implements AutoCloseable {

	static final String SEARCH = """
			{"totalHits": 1, "currentPage": 1, "totalPages": 1, "pageList": [1],
			 "foodSearchCriteria": {"query": "cheddar", "pageNumber": 1, "pageSize": 25},
			 "foods": [{"fdcId": 328637, "description": "Cheese, cheddar, vitalia stub", "dataType": "SR Legacy",
			   "ndbNumber": "1009", "publishedDate": "2019-04-01", "foodCategory": "Dairy and Egg Products", "score": 247.24,
			   "foodNutrients": [
			     {"nutrientId": 1008, "nutrientName": "Energy", "nutrientNumber": "208", "unitName": "KCAL", "value": 403.0},
			     {"nutrientId": 1003, "nutrientName": "Protein", "nutrientNumber": "203", "unitName": "G", "value": 24.9},
			     {"nutrientId": 1004, "nutrientName": "Total lipid (fat)", "nutrientNumber": "204", "unitName": "G", "value": 33.1},
			     {"nutrientId": 1005, "nutrientName": "Carbohydrate, by difference", "nutrientNumber": "205", "unitName": "G", "value": 1.28},
			     {"nutrientId": 1093, "nutrientName": "Sodium, Na", "nutrientNumber": "307", "unitName": "MG", "value": 0E-8}
			   ]}],
			 "aggregations": {}}
			""";

	static final String FOOD = """
			{"fdcId": 169901, "description": "Cheese, american cheddar, imitation", "dataType": "SR Legacy",
			 "ndbNumber": 43278, "publicationDate": "4/1/2019", "foodClass": "FinalFood",
			 "foodCategory": {"id": 1, "code": "0100", "description": "Dairy and Egg Products"},
			 "foodNutrients": [
			   {"type": "FoodNutrient", "nutrient": {"id": 2045, "number": "951", "name": "Proximates", "rank": 50, "unitName": "g"}},
			   {"type": "FoodNutrient", "id": 1478445, "nutrient": {"id": 1008, "number": "208", "name": "Energy", "rank": 300, "unitName": "kcal"}, "dataPoints": 0, "amount": 239.0},
			   {"type": "FoodNutrient", "id": 1478422, "nutrient": {"id": 1003, "number": "203", "name": "Protein", "rank": 600, "unitName": "g"}, "dataPoints": 0, "amount": 16.7},
			   {"type": "FoodNutrient", "id": 1478444, "nutrient": {"id": 1005, "number": "205", "name": "Carbohydrate, by difference", "rank": 1110, "unitName": "g"}, "amount": 11.6}
			 ],
			 "foodPortions": [{"id": 85635, "amount": 1.0, "modifier": "slice", "gramWeight": 21.0, "sequenceNumber": 1,
			   "measureUnit": {"id": 9999, "name": "undetermined", "abbreviation": "undetermined"}}]}
			""";

	record Scripted(int status, long delayMillis) {
	}

	private final HttpServer server;

	private final Deque<Scripted> script = new ArrayDeque<>();

	public final AtomicInteger hits = new AtomicInteger();

	volatile String lastQuery = "";

	public FdcStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/fdc/v1/", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/fdc";
	}

	public synchronized FdcStub then(int status) {
		this.script.add(new Scripted(status, 0));
		return this;
	}

	synchronized FdcStub thenSlow(long delayMillis) {
		this.script.add(new Scripted(200, delayMillis));
		return this;
	}

	private synchronized Scripted next() {
		return this.script.isEmpty() ? new Scripted(200, 0) : this.script.poll();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.hits.incrementAndGet();
		this.lastQuery = exchange.getRequestURI().getRawQuery();
		Scripted scripted = next();
		try {
			if (scripted.delayMillis() > 0) {
				Thread.sleep(scripted.delayMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		String path = exchange.getRequestURI().getPath();
		String body;
		int status = scripted.status();
		if (!exchange.getRequestURI().getRawQuery().contains("api_key=test-key")) {
			status = 403;
			body = "{\"error\":{\"code\":\"API_KEY_MISSING\",\"message\":\"No api_key was supplied.\"}}";
		}
		else if (status == 429) {
			body = "{\"error\":{\"code\":\"OVER_RATE_LIMIT\",\"message\":\"You have exceeded your rate limit.\"}}";
		}
		else if (status != 200) {
			body = "";
		}
		else if (path.endsWith("/foods/search")) {
			body = SEARCH;
		}
		else if (path.endsWith("/food/169901")) {
			body = FOOD;
		}
		else {
			status = 404;
			body = "";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
