package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ingress carries long-lived WebSockets to game-server, and NetworkPolicies keep everything else private. */
class NetworkTest {
    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void theIngressSendsEverythingToGameServerAndKeepsWebSocketsOpenForAnHour(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Ingress ingress = rendered.one(Ingress.class, "game-server");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/" + timeout))).as(timeout)
                    .isGreaterThanOrEqualTo(3600);
        }
        IngressBackend backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend();
        Service service = rendered.one(Service.class, backend.getService().getName());
        assertThat(service.getSpec().getPorts()).anyMatch(p -> p.getName().equals(backend.getService().getPort().getName()));
        assertThat(podLabels(rendered, "game-server")).containsAllEntriesOf(service.getSpec().getSelector());
    }

    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void onlyGameServerReachesScoringServiceAndTheDatabase(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        assertThat(rendered.all(NetworkPolicy.class)).as("a default deny for every pod").anyMatch(p ->
                p.getSpec().getPodSelector().getMatchLabels().isEmpty() && p.getSpec().getIngress().isEmpty()
                        && p.getSpec().getPolicyTypes().contains("Ingress"));
        Map<String, String> gameServer = podLabels(rendered, "game-server");
        for (String target : List.of("scoring-service", "game-db")) {
            List<NetworkPolicyPeer> peers = peersOf(rendered, DatabaseLabels.of(rendered, target));
            assertThat(peers).as(target + " is reachable from game-server").anyMatch(p -> selects(p, gameServer));
            assertThat(peers).as(target + " is reachable from game-server only (and its own operator)").allMatch(p ->
                    selects(p, gameServer) || target.equals("game-db") && DatabaseLabels.isOwnMaintenance(rendered, p));
        }
        List<NetworkPolicyPeer> toGameServer = peersOf(rendered, gameServer);
        assertThat(toGameServer).as("game-server is reached from the ingress controller's namespace").isNotEmpty()
                .allMatch(p -> p.getPodSelector() == null && p.getNamespaceSelector() != null);
    }

    static Map<String, String> podLabels(Rendered rendered, String deployment) {
        return rendered.one(Deployment.class, deployment).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static List<NetworkPolicyPeer> peersOf(Rendered rendered, Map<String, String> podLabels) {
        return rendered.all(NetworkPolicy.class).stream()
                .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .flatMap(p -> p.getSpec().getIngress().stream()).flatMap(rule -> rule.getFrom().stream()).toList();
    }

    private static boolean selects(NetworkPolicyPeer peer, Map<String, String> podLabels) {
        return peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                && podLabels.entrySet().containsAll(peer.getPodSelector().getMatchLabels().entrySet());
    }
}
