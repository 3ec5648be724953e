package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both services run as probed, resource-bounded, autoscaled Deployments; game-server survives losing a pod. */
class WorkloadsTest {
    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void everyContainerHasThreeHealthProbesAndBoundedResources(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        for (String service : List.of("game-server", "scoring-service")) {
            Container container = rendered.one(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertHttpProbe(container, container.getStartupProbe(), "/q/health/started");
            assertHttpProbe(container, container.getReadinessProbe(), "/q/health/ready");
            assertHttpProbe(container, container.getLivenessProbe(), "/q/health/live");
            assertThat(container.getResources().getRequests()).as(service).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(service).containsKeys("cpu", "memory");
        }
        rendered.all(io.fabric8.kubernetes.api.model.apps.StatefulSet.class).forEach(set -> set.getSpec().getTemplate()
                .getSpec().getContainers().forEach(c -> {
                    assertThat(c.getReadinessProbe()).as(c.getName()).isNotNull();
                    assertThat(c.getLivenessProbe()).as(c.getName()).isNotNull();
                    assertThat(c.getResources().getLimits()).as(c.getName()).containsKeys("cpu", "memory");
                }));
    }

    private static void assertHttpProbe(Container container, Probe probe, String path) {
        assertThat(probe).as(container.getName() + " probe " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        IntOrString port = probe.getHttpGet().getPort();
        assertThat(container.getPorts()).as("the probe's port exists").anyMatch(p -> p.getName().equals(port.getStrVal())
                || p.getContainerPort().equals(port.getIntVal()));
    }

    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void gameServerKeepsServingThroughARollingUpdateOrANodeDrain(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Deployment game = rendered.one(Deployment.class, "game-server");
        assertThat(game.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(game.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        List<String> preStop = game.getSpec().getTemplate().getSpec().getContainers().get(0).getLifecycle().getPreStop()
                .getExec().getCommand();
        assertThat(preStop.get(0)).isEqualTo("sleep");
        long quarkusShutdownSeconds = 10;
        assertThat(game.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .as("the grace period covers the preStop sleep and Quarkus's shutdown timeout")
                .isGreaterThan(Long.parseLong(preStop.get(1)) + quarkusShutdownSeconds);

        PodDisruptionBudget budget = rendered.one(PodDisruptionBudget.class, "game-server");
        assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(game.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isBetween(1, game.getSpec().getReplicas() - 1);
    }

    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void bothServicesAreAutoscaledFromAtLeastTwoReplicas(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        for (String service : List.of("game-server", "scoring-service")) {
            HorizontalPodAutoscaler hpa = rendered.one(HorizontalPodAutoscaler.class, service);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(rendered.find(Deployment.class, hpa.getSpec().getScaleTargetRef().getName())).isPresent();
            assertThat(hpa.getSpec().getMinReplicas()).as(service).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as(service).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).as(service).isNotEmpty();
        }
    }
}
