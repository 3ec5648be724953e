package org.guarantees.game.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.scenario.InvalidScenarioException;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.scenario.ScenarioLoader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Every scenario any process can play: the catalog's built-in ones, plus those an instructor uploaded, which are kept
 * in the database so that every game-server process finds them.
 */
@ApplicationScoped
public class ScenarioLibrary {
    private final ScenarioCatalog catalog;
    private final AgroalDataSource dataSource;

    public ScenarioLibrary(ScenarioCatalog catalog, AgroalDataSource dataSource) {
        this.catalog = catalog;
        this.dataSource = dataSource;
    }

    public Scenario defaultScenario() {
        return catalog.defaultScenario();
    }

    public Optional<Scenario> find(String id) {
        Optional<Scenario> known = catalog.get(id);
        if (known.isPresent()) {
            return known;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT yaml FROM scenario_source WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(catalog.register(stream(rs.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scenario store unavailable", e);
        }
    }

    /** Validates, stores and registers an uploaded scenario; an id already taken by another scenario is refused. */
    public Scenario upload(String yaml) throws InvalidScenarioException {
        Scenario scenario = ScenarioLoader.load(stream(yaml));
        Optional<Scenario> existing = find(scenario.id());
        if (existing.isPresent()) {
            if (!existing.get().equals(scenario)) {
                throw new InvalidScenarioException("id", "a different scenario with id '" + scenario.id() + "' exists");
            }
            return existing.get();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scenario_source (id, yaml) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, scenario.id());
            ps.setString(2, yaml);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("scenario store unavailable", e);
        }
        return catalog.register(stream(yaml));
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
