package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** game-server reaches the PostgreSQL of each overlay with credentials from a Secret, within its connection limit. */
class DatabaseTest {
    @Test
    void cloudNativePgClusterIsCompleteAndGameServerUsesItsPrimaryAndGeneratedSecret() {
        Rendered rendered = Rendered.of("overlays/cloudnativepg");
        GenericKubernetesResource cluster = DatabaseLabels.cluster(rendered).orElseThrow();
        assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.<Integer>get("spec", "instances")).isGreaterThanOrEqualTo(1);
        assertThat(Quantity.getAmountInBytes(new Quantity(cluster.<String>get("spec", "storage", "size"))).signum()).isPositive();
        assertThat(cluster.<String>get("spec", "imageName")).doesNotEndWith(":latest").contains(":");
        String name = cluster.getMetadata().getName();
        URI db = databaseUri(rendered);
        assertThat(db.getHost()).as("the operator's read-write Service").isEqualTo(name + "-rw");
        assertThat(db.getPath()).isEqualTo("/" + cluster.get("spec", "bootstrap", "initdb", "database"));
        assertThat(secretsOfGameServer(rendered)).containsOnly(name + "-app");
        assertPoolsFit(rendered, Integer.parseInt(cluster.get("spec", "postgresql", "parameters", "max_connections")));
    }

    @Test
    void statefulSetPostgresIsPersistentAndSharesTheDeployersSecretWithGameServer() {
        Rendered rendered = Rendered.of("overlays/statefulset-postgres");
        StatefulSet postgres = rendered.one(StatefulSet.class, "game-db");
        Service headless = rendered.one(Service.class, postgres.getSpec().getServiceName());
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(postgres.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(headless.getSpec().getSelector());
        var claim = postgres.getSpec().getVolumeClaimTemplates().get(0);
        assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
        assertThat(postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                .anyMatch(m -> m.getName().equals(claim.getMetadata().getName()));
        URI db = databaseUri(rendered);
        assertThat(db.getHost()).isEqualTo(headless.getMetadata().getName());
        List<EnvVar> env = postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertThat(db.getPath()).isEqualTo("/" + value(env, "POSTGRES_DB"));
        assertThat(env).filteredOn(v -> v.getValueFrom() != null)
                .allMatch(v -> secretsOfGameServer(rendered).contains(v.getValueFrom().getSecretKeyRef().getName()));
        List<String> args = postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
        assertPoolsFit(rendered, Integer.parseInt(args.get(args.indexOf("-c") + 1).replace("max_connections=", "")));
    }

    private static URI databaseUri(Rendered rendered) {
        String jdbc = rendered.one(ConfigMap.class, "game-server-config").getData().get("DB_URL");
        assertThat(jdbc).startsWith("jdbc:postgresql://");
        return URI.create(jdbc.substring("jdbc:".length()));
    }

    private static List<String> secretsOfGameServer(Rendered rendered) {
        List<EnvVar> env = rendered.one(Deployment.class, "game-server").getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertThat(env).extracting(EnvVar::getName).contains("DB_USER", "DB_PASSWORD");
        assertThat(env).filteredOn(v -> v.getName().startsWith("DB_")).allMatch(v -> v.getValue() == null);
        return env.stream().filter(v -> v.getName().startsWith("DB_"))
                .map(v -> v.getValueFrom().getSecretKeyRef().getName()).distinct().toList();
    }

    /** At the HPA's largest scale every game-server pool still fits in PostgreSQL's connection limit. */
    private static void assertPoolsFit(Rendered rendered, int maxConnections) {
        Map<String, String> config = rendered.one(ConfigMap.class, "game-server-config").getData();
        int largest = rendered.one(HorizontalPodAutoscaler.class, "game-server").getSpec().getMaxReplicas();
        assertThat(largest * Integer.parseInt(config.get("DB_POOL_MAX"))).isLessThan(maxConnections - 10);
    }

    private static String value(List<EnvVar> env, String name) {
        return env.stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow().getValue();
    }
}
