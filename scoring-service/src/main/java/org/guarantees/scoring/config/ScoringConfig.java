package org.guarantees.scoring.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where the rules and the case library come from; unset means the versions packaged with the service. */
@ConfigMapping(prefix = "scoring")
public interface ScoringConfig {
    Rules rules();

    Cases cases();

    interface Rules {
        /** A rules file on disk (env SCORING_RULES_FILE) replacing the packaged one, without a rebuild. */
        Optional<String> file();
    }

    interface Cases {
        /** A case library on disk (env SCORING_CASES_FILE) replacing the packaged one. */
        Optional<String> file();
    }
}
