package app.vitalia.gamification.leaderboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rankings in Redis sorted sets, one per generation and window, holding only opted-in
 * members (all of them in the all-time set, with their points even when zero; those with
 * points in the others). A set is built from SQL when it is missing (first read, a new
 * week or month, a replay's new generation, expiry) and on start; after that each
 * committed award or opt-in change writes the member's points as SQL has them, so a
 * retried update never counts twice. Every set holds a sentinel member scored -1: a set
 * that exists was built, and an update never creates a half-filled one. Sets expire a
 * while after their period ends; the all-time set is rebuilt monthly, which bounds any
 * update lost to a crash between commit and Redis.
 */
class RedisRankings implements Rankings {

	private static final String SENTINEL = "";

	private static final int BATCH = 10_000;

	private static final RedisScript<List> TOP = RedisScript.of(
			"""
					if redis.call('exists', KEYS[1]) == 0 then return {-1} end
					local top = redis.call('zrevrangebyscore', KEYS[1], '+inf', '(0', 'withscores', 'limit', 0, tonumber(ARGV[1]))
					table.insert(top, 1, 1)
					return top
					""",
			List.class);

	private static final RedisScript<List> STANDING = RedisScript.of("""
			if redis.call('exists', KEYS[1]) == 0 or redis.call('exists', KEYS[2]) == 0 then return {-1} end
			if not redis.call('zscore', KEYS[1], ARGV[1]) then return {0} end
			local points = tonumber(redis.call('zscore', KEYS[2], ARGV[1]) or '0')
			return {1, points, redis.call('zcount', KEYS[2], '(' .. points, '+inf')}
			""", List.class);

	private static final RedisScript<Long> UPDATE = RedisScript.of("""
			for i, key in ipairs(KEYS) do
			  if redis.call('exists', key) == 1 then
			    local points = ARGV[i + 1]
			    if points == '-' then redis.call('zrem', key, ARGV[1]) else redis.call('zadd', key, points, ARGV[1]) end
			  end
			end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final JdbcTemplate jdbc;

	private final String prefix;

	private final Map<String, ReentrantLock> building = new ConcurrentHashMap<>();

	RedisRankings(StringRedisTemplate redis, JdbcTemplate jdbc, String prefix) {
		this.redis = redis;
		this.jdbc = jdbc;
		this.prefix = prefix;
	}

	@Override
	public List<Ranked> top(int generation, Window window, int limit) {
		String key = key(generation, window);
		List<?> found = this.redis.execute(TOP, List.of(key), String.valueOf(limit));
		if (missing(found)) {
			buildMissing(generation, window);
			found = this.redis.execute(TOP, List.of(key), String.valueOf(limit));
		}
		List<Ranked> top = new ArrayList<>();
		if (!missing(found)) {
			for (int i = 1; i + 1 < found.size(); i += 2) {
				top.add(new Ranked(UUID.fromString(String.valueOf(found.get(i))),
						(long) Double.parseDouble(String.valueOf(found.get(i + 1)))));
			}
		}
		return top;
	}

	@Override
	public @Nullable Standing standing(int generation, Window window, UUID memberId) {
		Window allTime = new Window(Leaderboards.Period.ALL_TIME, null, "all");
		List<String> keys = List.of(key(generation, allTime), key(generation, window));
		List<?> found = this.redis.execute(STANDING, keys, memberId.toString());
		if (missing(found)) {
			buildMissing(generation, allTime);
			buildMissing(generation, window);
			found = this.redis.execute(STANDING, keys, memberId.toString());
		}
		if (missing(found) || ((Number) found.get(0)).longValue() == 0) {
			return null;
		}
		return new Standing(((Number) found.get(1)).longValue(), ((Number) found.get(2)).longValue());
	}

	@Override
	public void changed(int generation, List<Window> windows, Collection<UUID> members) {
		List<String> keys = windows.stream().map(window -> key(generation, window)).toList();
		for (UUID member : new HashSet<>(members)) {
			boolean optedIn = Leaderboards.optedIn(this.jdbc, member);
			List<String> args = new ArrayList<>();
			args.add(member.toString());
			for (Window window : windows) {
				long points = optedIn ? pointsOf(generation, window, member) : 0;
				boolean listed = optedIn && (points > 0 || window.from() == null);
				args.add(listed ? Long.toString(points) : "-");
			}
			this.redis.execute(UPDATE, keys, args.toArray());
		}
	}

	@Override
	public void rebuild(int generation, List<Window> windows) {
		windows.forEach(window -> build(generation, window));
	}

	/** The scripts answer -1 first when a set they read does not exist. */
	private static boolean missing(@Nullable List<?> found) {
		return found == null || found.isEmpty() || !(found.get(0) instanceof Number status) || status.longValue() < 0;
	}

	private void buildMissing(int generation, Window window) {
		String key = key(generation, window);
		ReentrantLock lock = this.building.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			// another request of this instance may have built it while this one waited
			if (!Boolean.TRUE.equals(this.redis.hasKey(key))) {
				build(generation, window);
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** Fills a fresh set from SQL and puts it in place of the old one in one step. */
	private void build(int generation, Window window) {
		String key = key(generation, window);
		String next = key + ":next:" + UUID.randomUUID();
		this.redis.opsForZSet().add(next, SENTINEL, -1);
		Set<TypedTuple<String>> batch = new HashSet<>();
		Runnable flush = () -> {
			if (!batch.isEmpty()) {
				this.redis.opsForZSet().add(next, batch);
				batch.clear();
			}
		};
		try {
			if (window.from() == null) {
				this.jdbc.query("select s.member_id, coalesce(m.points, 0) from gamification_settings s "
						+ "left join gamification_member m on m.member_id = s.member_id and m.generation = ? "
						+ "where s.leaderboard_opt_in = true", rs -> {
							batch.add(TypedTuple.of(rs.getObject(1, UUID.class).toString(), (double) rs.getLong(2)));
							if (batch.size() == BATCH) {
								flush.run();
							}
						}, generation);
			}
			else {
				this.jdbc.query("select a.member_id, sum(a.points) from gamification_award a "
						+ "join gamification_settings s on s.member_id = a.member_id and s.leaderboard_opt_in = true "
						+ "where a.generation = ? and a.awarded_at >= ? group by a.member_id having sum(a.points) > 0",
						rs -> {
							batch.add(TypedTuple.of(rs.getObject(1, UUID.class).toString(), (double) rs.getLong(2)));
							if (batch.size() == BATCH) {
								flush.run();
							}
						}, generation, Timestamp.from(window.from()));
			}
			flush.run();
			this.redis.expire(next, lifetime(window.period()));
			this.redis.rename(next, key);
		}
		catch (RuntimeException ex) {
			this.redis.delete(next);
			throw ex;
		}
	}

	private long pointsOf(int generation, Window window, UUID member) {
		Long points = window.from() == null
				? this.jdbc.queryForObject("select coalesce(max(points), 0) from gamification_member "
						+ "where generation = ? and member_id = ?", Long.class, generation, member)
				: this.jdbc.queryForObject(
						"select coalesce(sum(points), 0) from gamification_award "
								+ "where generation = ? and member_id = ? and awarded_at >= ?",
						Long.class, generation, member, Timestamp.from(window.from()));
		return points == null ? 0 : points;
	}

	/**
	 * One hash tag per generation: the scripts touch several of its sets, which a Redis
	 * Cluster then keeps on one node.
	 */
	String key(int generation, Window window) {
		return this.prefix + "leaderboard:{" + generation + "}:" + window.name();
	}

	private static Duration lifetime(Leaderboards.Period period) {
		return switch (period) {
			case WEEKLY -> Duration.ofDays(15);
			case MONTHLY -> Duration.ofDays(62);
			case ALL_TIME -> Duration.ofDays(30);
		};
	}

}
