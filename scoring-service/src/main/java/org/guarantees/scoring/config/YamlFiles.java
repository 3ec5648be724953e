package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a YAML data file from disk when configured, otherwise from the service's own resources. */
public final class YamlFiles {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    public static JsonNode read(Optional<String> configured, String packaged) {
        try {
            if (configured.isPresent() && !configured.get().isBlank()) {
                Path path = Path.of(configured.get());
                if (!Files.isReadable(path)) {
                    throw new RulesFileException("File " + path.toAbsolutePath() + " does not exist or is unreadable");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return tree(in, path.toString());
                }
            }
            try (InputStream in = YamlFiles.class.getClassLoader().getResourceAsStream(packaged)) {
                if (in == null) {
                    throw new RulesFileException("Packaged file " + packaged + " is missing");
                }
                return tree(in, packaged);
            }
        } catch (IOException e) {
            throw new RulesFileException("File " + configured.orElse(packaged) + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static String origin(Optional<String> configured, String packaged) {
        return configured.filter(s -> !s.isBlank()).orElse("classpath:" + packaged);
    }

    private static JsonNode tree(InputStream in, String name) throws IOException {
        try {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new RulesFileException("File " + name + " must hold a YAML mapping at its top level");
            }
            return tree;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RulesFileException("File " + name + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
