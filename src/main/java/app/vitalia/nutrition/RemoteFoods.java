package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.nutrition.FoodPage.RemoteStatus;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a local search with FoodData Central when asked ({@code remote=true}) or when
 * the local catalog found nothing. Remote foods are added to the catalog (source
 * {@code FDC}, keyed by fdcId) so members can log them like any other; answers are cached
 * for a day. When the API is off, failing or over quota, the local page is returned and
 * says so.
 */
@Component
class RemoteFoods {

	private static final Logger log = LoggerFactory.getLogger(RemoteFoods.class);

	static final int REMOTE_PAGE_SIZE = 25;

	private final FdcClient client;

	private final FoodSearch search;

	private final FoodCatalogWriter writer;

	private final TransactionTemplate transactions;

	private final Cache<String, List<ImportedFood>> answers;

	RemoteFoods(FdcClient client, FoodSearch search, FoodCatalogWriter writer, TransactionTemplate transactions,
			FdcProperties properties) {
		this.client = client;
		this.search = search;
		this.writer = writer;
		this.transactions = transactions;
		this.answers = Caffeine.newBuilder().expireAfterWrite(properties.cacheFor()).maximumSize(10_000).build();
	}

	FoodPage complete(FoodPage local, String query, UUID viewer, Language language) {
		if (!this.client.enabled()) {
			return local.withRemote(RemoteStatus.DISABLED);
		}
		String key = SearchText.normalize(query);
		try {
			List<ImportedFood> found = this.answers.get(key, ignored -> this.client.search(query, REMOTE_PAGE_SIZE));
			if (!found.isEmpty()) {
				this.transactions.executeWithoutResult(status -> this.writer.addMissing(FoodSource.FDC, found));
			}
			return this.search.search(query, viewer, language, local.page(), local.size())
				.withRemote(RemoteStatus.USED);
		}
		catch (FdcClient.Unavailable ex) {
			log.info("FoodData Central unavailable, answering from the local catalog: {}", ex.getMessage());
			return local.withRemote(RemoteStatus.UNAVAILABLE);
		}
		catch (DataAccessException ex) {
			log.warn("Could not store FoodData Central foods", ex);
			return local.withRemote(RemoteStatus.UNAVAILABLE);
		}
	}

}
