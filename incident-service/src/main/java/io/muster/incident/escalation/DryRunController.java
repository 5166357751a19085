package io.muster.incident.escalation;

import io.muster.incident.calltree.CallTreeNotFound;
import io.muster.incident.calltree.CallTrees;
import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A call tree's dry-run before declaring: who the engine would notify when, on which channel, if
 * nobody answers. It lives with the engine it simulates; the call tree only holds the levels.
 */
@RestController
class DryRunController {

    private final CallTrees trees;
    private final DryRunPlanner planner;
    private final Jdbc jdbc;
    private final Clock clock;

    DryRunController(CallTrees trees, DryRunPlanner planner, Jdbc jdbc, Clock clock) {
        this.trees = trees;
        this.planner = planner;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping("/api/call-trees/{id}/dry-run")
    Mono<List<DryRun.Entry>> dryRun(@PathVariable UUID id, @Valid @RequestBody DryRun request) {
        return jdbc.transactional(() -> planner.plan(
                trees.byId(id).orElseThrow(() -> new CallTreeNotFound(id)),
                request.affectedSiteIds() == null ? List.of() : request.affectedSiteIds(),
                "LIFE_SAFETY".equals(request.priority()),
                request.at() == null ? clock.instant() : request.at()));
    }
}
