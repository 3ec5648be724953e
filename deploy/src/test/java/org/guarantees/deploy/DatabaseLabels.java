package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The labels the pods of a workload will carry, including PostgreSQL pods created by the CloudNativePG operator. */
final class DatabaseLabels {
    static final String OPERATOR_NAMESPACE = "cnpg-system";

    private DatabaseLabels() {
    }

    static Map<String, String> of(Rendered rendered, String name) {
        Optional<Deployment> deployment = rendered.find(Deployment.class, name);
        if (deployment.isPresent()) {
            return deployment.get().getSpec().getTemplate().getMetadata().getLabels();
        }
        Optional<StatefulSet> statefulSet = rendered.find(StatefulSet.class, name);
        if (statefulSet.isPresent()) {
            return statefulSet.get().getSpec().getTemplate().getMetadata().getLabels();
        }
        GenericKubernetesResource cluster = cluster(rendered).orElseThrow(() -> new AssertionError(rendered + " runs no " + name));
        Map<String, String> labels = new HashMap<>(cluster.<Map<String, String>>get("spec", "inheritedMetadata", "labels"));
        labels.put("cnpg.io/cluster", cluster.getMetadata().getName());
        return labels;
    }

    static Optional<GenericKubernetesResource> cluster(Rendered rendered) {
        return rendered.untyped().stream().filter(r -> r.getKind().equals("Cluster")).findFirst();
    }

    /** The operator's namespace, or the instances of the same cluster (streaming replication). */
    static boolean isOwnMaintenance(Rendered rendered, NetworkPolicyPeer peer) {
        Optional<GenericKubernetesResource> cluster = cluster(rendered);
        if (cluster.isEmpty()) {
            return false;
        }
        if (peer.getNamespaceSelector() != null) {
            return peer.getPodSelector() == null && Map.of("kubernetes.io/metadata.name", OPERATOR_NAMESPACE)
                    .equals(peer.getNamespaceSelector().getMatchLabels());
        }
        return Map.of("cnpg.io/cluster", cluster.get().getMetadata().getName())
                .equals(peer.getPodSelector().getMatchLabels());
    }
}
