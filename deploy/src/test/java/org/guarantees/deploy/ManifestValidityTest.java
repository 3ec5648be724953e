package org.guarantees.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, and each object it renders is a valid object of its kind. */
class ManifestValidityTest {
    static final List<String> ALL = Stream.concat(Rendered.OVERLAYS.stream(), Stream.of("gateway-api")).toList();

    @ParameterizedTest
    @FieldSource("ALL")
    void everyObjectParsesIntoTheModelOfItsKindWithNoUnknownField(String kustomization) {
        Rendered rendered = Rendered.of(kustomization);
        assertThat(rendered.objects).isNotEmpty();
        for (HasMetadata object : rendered.objects) {
            String what = kustomization + ": " + object.getKind() + " " + object.getMetadata().getName();
            assertThat(object.getMetadata().getName()).as(what).isNotBlank();
            assertThat(object.getMetadata().getNamespace()).as(what + " leaves the namespace to the deployer").isNull();
            if (object instanceof GenericKubernetesResource) {
                assertThat(object.getKind()).as(what + " is a custom resource we validate by hand").isEqualTo("Cluster");
            } else {
                assertThat(UnknownFields.of(object)).as(what + " has fields its kind does not define").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("ALL")
    void noSecretValueIsInTheRepository(String kustomization) {
        assertThat(Rendered.of(kustomization).all(Secret.class)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.guarantees.deploy.Rendered#OVERLAYS")
    void everyImageIsPinnedAndOursCarryTheProjectVersion(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Stream<PodTemplateSpec> templates = Stream.concat(
                rendered.all(Deployment.class).stream().map(d -> d.getSpec().getTemplate()),
                rendered.all(StatefulSet.class).stream().map(s -> s.getSpec().getTemplate()));
        List<Container> containers = templates.flatMap(t -> t.getSpec().getContainers().stream()).toList();
        assertThat(containers).hasSizeGreaterThanOrEqualTo(2);
        for (Container container : containers) {
            String image = container.getImage();
            String tag = image.substring(image.lastIndexOf('/') + 1).contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertThat(tag).as(image + " names a tag").isNotBlank().isNotEqualTo("latest");
            if (image.startsWith("guarantees/")) {
                assertThat(tag).as(image).isEqualTo(System.getProperty("project.version"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = "gateway-api")
    void theGatewayRouteSendsEverythingToGameServerWithoutARequestTimeout(String kustomization) {
        HTTPRoute route = Rendered.of(kustomization).one(HTTPRoute.class, "game-server");
        var rule = route.getSpec().getRules().get(0);
        assertThat(rule.getBackendRefs()).singleElement().satisfies(b -> {
            assertThat(b.getName()).isEqualTo("game-server");
            assertThat(b.getPort()).isEqualTo(8080);
        });
        assertThat(rule.getTimeouts().getRequest()).as("a WebSocket lives for the whole seminar").isEqualTo("0s");
    }
}
