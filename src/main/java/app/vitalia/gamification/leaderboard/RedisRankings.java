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
 * that exists was built, and an update never creates a half-filled one. An update that
 * lands while a set is rebuilt (by any instance) is noted for the builder, which reads
 * those members again once its copy is in place, so the copy's older SQL snapshot does
 * not hide it. Sets expire a while after their period ends; the all-time set is rebuilt
 * monthly, which bounds any update lost to a crash between commit and Redis.
 */
class RedisRankings implements Rankings {

	private static final String SENTINEL = "";

	private static final int BATCH = 10_000;

	private static final String BUILDERS = ":builders";

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

	/**
	 * KEYS: the windows' sets, then each one's builders. ARGV: the member, their points
	 * per set ("-" to leave it), the time now and the oldest start of a live builder
	 * (ms). Besides the live set, every set being built hears of the member, so the
	 * builder can read them again once its copy from SQL is in place.
	 */
	private static final RedisScript<Long> UPDATE = RedisScript.of("""
			local n = #KEYS / 2
			for i = 1, n do
			  local key, builders = KEYS[i], KEYS[n + i]
			  if redis.call('exists', key) == 1 then
			    local points = ARGV[i + 1]
			    if points == '-' then redis.call('zrem', key, ARGV[1]) else redis.call('zadd', key, points, ARGV[1]) end
			  end
			  redis.call('zremrangebyscore', builders, '-inf', '(' .. ARGV[n + 3])
			  for _, builder in ipairs(redis.call('zrange', builders, 0, -1)) do
			    local dirty = key .. ':dirty:' .. builder
			    redis.call('sadd', dirty, ARGV[1])
			    redis.call('pexpire', dirty, ARGV[n + 2] - ARGV[n + 3])
			  end
			end
			return 0
			""", Long.class);

	/**
	 * KEYS: the filled copy, the set, its builders, this builder's changed members. ARGV:
	 * the builder. Puts the copy in place and hands back who changed while it was filled.
	 */
	private static final RedisScript<List> FINISH = RedisScript.of("""
			redis.call('rename', KEYS[1], KEYS[2])
			redis.call('zrem', KEYS[3], ARGV[1])
			local changed = redis.call('smembers', KEYS[4])
			redis.call('del', KEYS[4])
			return changed
			""", List.class);

	/** Longer than any build: a builder that died is forgotten after it. */
	private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

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
		List<String> keys = new ArrayList<>();
		windows.forEach(window -> keys.add(key(generation, window)));
		windows.forEach(window -> keys.add(key(generation, window) + BUILDERS));
		for (UUID member : new HashSet<>(members)) {
			boolean optedIn = Leaderboards.optedIn(this.jdbc, member);
			List<String> args = new ArrayList<>();
			args.add(member.toString());
			for (Window window : windows) {
				long points = optedIn ? pointsOf(generation, window, member) : 0;
				boolean listed = optedIn && (points > 0 || window.from() == null);
				args.add(listed ? Long.toString(points) : "-");
			}
			long now = System.currentTimeMillis();
			args.add(Long.toString(now));
			args.add(Long.toString(now - BUILD_TIMEOUT.toMillis()));
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

	/**
	 * Fills a fresh set from SQL and puts it in place of the old one in one step. The
	 * builder announces itself before reading SQL, so an award committed after that read
	 * is either in the set it replaces (and read again here) or written after the switch.
	 */
	private void build(int generation, Window window) {
		String key = key(generation, window);
		String builder = UUID.randomUUID().toString();
		String next = key + ":next:" + builder;
		String builders = key + BUILDERS;
		String changed = key + ":dirty:" + builder;
		this.redis.opsForZSet().add(builders, builder, System.currentTimeMillis());
		this.redis.expire(builders, BUILD_TIMEOUT);
		this.redis.opsForZSet().add(next, SENTINEL, -1);
		Set<TypedTuple<String>> batch = new HashSet<>();
		Runnable flush = () -> {
			if (!batch.isEmpty()) {
				this.redis.opsForZSet().add(next, batch);
				batch.clear();
			}
		};
		List<?> changedWhileFilling;
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
			changedWhileFilling = this.redis.execute(FINISH, List.of(next, key, builders, changed), builder);
		}
		catch (RuntimeException ex) {
			this.redis.delete(List.of(next, changed));
			this.redis.opsForZSet().remove(builders, builder);
			throw ex;
		}
		if (changedWhileFilling != null && !changedWhileFilling.isEmpty()) {
			changed(generation, List.of(window),
					changedWhileFilling.stream().map(String::valueOf).map(UUID::fromString).toList());
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
