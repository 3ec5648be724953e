package org.guarantees.game.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.store.EventStore;
import org.guarantees.game.store.TableDirectory;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The tables this process has loaded. Loading and catching up read the log from the database. */
@ApplicationScoped
public class TableRegistry {
    private final Map<UUID, TableRuntime> tables = new ConcurrentHashMap<>();
    private final EventStore store;
    private final TableDirectory directory;
    private final ScenarioLibrary scenarios;

    public TableRegistry(EventStore store, TableDirectory directory, ScenarioLibrary scenarios) {
        this.store = store;
        this.directory = directory;
        this.scenarios = scenarios;
    }

    /** Called on the move processor's thread only. */
    public TableRuntime load(UUID tableId) throws SQLException {
        TableRuntime runtime = tables.get(tableId);
        if (runtime != null) {
            return runtime;
        }
        String scenarioId = directory.scenarioOf(tableId).orElseThrow(() -> new NoSuchTableException(tableId));
        Scenario scenario = scenarios.find(scenarioId).orElseThrow(
                () -> new IllegalStateException("table " + tableId + " uses unknown scenario " + scenarioId));
        runtime = new TableRuntime(tableId, scenario);
        runtime.accept(store.loadAfter(tableId, 0));
        tables.put(tableId, runtime);
        return runtime;
    }

    public Optional<TableRuntime> loaded(UUID tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }

    public Collection<TableRuntime> all() {
        return tables.values();
    }

    public void evictIdle(long idleMillis) {
        long now = System.currentTimeMillis();
        tables.values().removeIf(t -> t.connections().isEmpty() && now - t.lastTouched() > idleMillis);
    }
}
