package app.vitalia.identity;

import org.springframework.test.context.TestPropertySource;

/**
 * The same erasure on the embedded default (H2, in-process caches), which has no
 * append-only trigger on the gamification log and no {@code set_config}.
 */
@TestPropertySource(properties = { "vitalia.test.database=h2", "vitalia.test.redis=false" })
class AccountErasureOnH2Tests extends AccountErasureTests {

}
