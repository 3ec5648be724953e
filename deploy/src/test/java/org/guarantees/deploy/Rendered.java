package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The objects one kustomization renders to, each parsed into the fabric8 model class of its kind. */
final class Rendered {
    static final Path MANIFESTS = Path.of(System.getProperty("manifests.dir", "k8s"));
    static final List<String> OVERLAYS = List.of("overlays/cloudnativepg", "overlays/statefulset-postgres");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String name;
    final List<HasMetadata> objects = new ArrayList<>();

    private Rendered(String name) {
        this.name = name;
    }

    static Rendered of(String kustomization) {
        Rendered rendered = new Rendered(kustomization);
        for (String document : Kustomize.render(MANIFESTS.resolve(kustomization)).split("(?m)^---$")) {
            if (!document.isBlank()) {
                rendered.objects.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
            }
        }
        return rendered;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + " renders no " + kind.getSimpleName()
                + " named " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    /** Objects of kinds the fabric8 model does not know (custom resources such as CloudNativePG's Cluster). */
    List<GenericKubernetesResource> untyped() {
        return all(GenericKubernetesResource.class);
    }

    @Override
    public String toString() {
        return name;
    }
}
