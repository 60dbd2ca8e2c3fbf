package app.vitalia.nutrition.remote;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.nutrition.catalog.FoodCatalogWriter;
import app.vitalia.nutrition.catalog.FoodPage.RemoteStatus;
import app.vitalia.nutrition.catalog.FoodPage;
import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.SearchText;
import app.vitalia.platform.CacheTtl;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a local search with FoodData Central when asked ({@code remote=true}) or when
 * the local catalog found nothing. Remote foods are added to the catalog (source
 * {@code FDC}, keyed by fdcId) so members can log them like any other; answers are cached
 * for a day in Spring's cache (shared through Redis when it is configured). When the API
 * is off, failing or over quota, the local page is returned and says so.
 */
@Component
public class RemoteFoods {

	private static final Logger log = LoggerFactory.getLogger(RemoteFoods.class);

	static final int REMOTE_PAGE_SIZE = 25;

	public static final String CACHE = "nutrition.fdc-searches";

	private final FdcClient client;

	private final FoodSearch search;

	private final FoodCatalogWriter writer;

	private final TransactionTemplate transactions;

	private final Cache answers;

	RemoteFoods(FdcClient client, FoodSearch search, FoodCatalogWriter writer, TransactionTemplate transactions,
			CacheManager caches) {
		this.client = client;
		this.search = search;
		this.writer = writer;
		this.transactions = transactions;
		this.answers = java.util.Objects.requireNonNull(caches.getCache(CACHE), CACHE);
	}

	@Configuration(proxyBeanMethods = false)
	static class Caching {

		@Bean
		CacheTtl fdcSearchesTtl(FdcProperties properties) {
			return new CacheTtl(CACHE, properties.cacheFor());
		}

	}

	public FoodPage complete(FoodPage local, String query, UUID viewer, Language language) {
		if (!this.client.enabled()) {
			return local.withRemote(RemoteStatus.DISABLED);
		}
		String key = SearchText.normalize(query);
		try {
			List<ImportedFood> found = answer(key, query);
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

	@SuppressWarnings("unchecked")
	private List<ImportedFood> answer(String key, String query) {
		List<ImportedFood> cached;
		try {
			cached = (List<ImportedFood>) this.answers.get(key, List.class);
		}
		catch (RuntimeException unreadable) {
			// a cache that is down or holds an older shape must not cost the search
			log.warn("Could not read the FoodData Central cache: {}", unreadable.toString());
			cached = null;
		}
		if (cached != null) {
			return cached;
		}
		List<ImportedFood> found = List.copyOf(this.client.search(query, REMOTE_PAGE_SIZE));
		try {
			this.answers.put(key, found);
		}
		catch (RuntimeException unwritable) {
			log.warn("Could not write the FoodData Central cache: {}", unwritable.toString());
		}
		return found;
	}

}
