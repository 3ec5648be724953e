package org.guarantees.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where the rules and the case library come from (unset means the versions packaged with the service), and whether the
 * benchmark's floor endpoint is served.
 */
@ConfigMapping(prefix = "scoring")
public interface ScoringConfig {
    Rules rules();

    Cases cases();

    /** Serves POST /benchmark/floor (env SCORING_BENCHMARK_FLOOR), for scoring-service/bench/run.sh only. */
    @WithDefault("false")
    boolean benchmarkFloor();

    interface Rules {
        /** A rules file on disk (env SCORING_RULES_FILE) replacing the packaged one, without a rebuild. */
        Optional<String> file();
    }

    interface Cases {
        /** A case library on disk (env SCORING_CASES_FILE) replacing the packaged one. */
        Optional<String> file();
    }
}
