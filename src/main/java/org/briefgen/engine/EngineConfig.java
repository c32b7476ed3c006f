package org.briefgen.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where theme matching runs, read from the project's optional {@code briefgen.yaml}: {@code engine: embedded}
 * (the default, no server) or {@code engine: opensearch} with the cluster's {@code url}, {@code index} name and
 * an optional {@code ca_file} for TLS and the number of primary {@code shards} an index is created with (1 by
 * default; an existing index keeps its own). Credentials never live in the project: they come from the environment
 * ({@link #USER_VARIABLE}, {@link #PASSWORD_VARIABLE}).
 */
public record EngineConfig(Kind kind, Path file, URI url, String index, Path caFile, String user, String password, int shards) {
    public static final String FILE = "briefgen.yaml";
    public static final String USER_VARIABLE = "BRIEFGEN_OPENSEARCH_USER";
    public static final String PASSWORD_VARIABLE = "BRIEFGEN_OPENSEARCH_PASSWORD";
    static final String DEFAULT_INDEX = "briefgen";

    public enum Kind { EMBEDDED, OPENSEARCH }

    public static EngineConfig embedded() {
        return new EngineConfig(Kind.EMBEDDED, null, null, null, null, null, null, 1);
    }

    /** A cluster engine without a project file (tests, the bench). */
    public static EngineConfig openSearch(String url, String index) {
        return new EngineConfig(Kind.OPENSEARCH, Path.of(FILE), URI.create(url), index, null, null, null, 1);
    }

    /** This configuration with another number of shards for a new index. */
    public EngineConfig withShards(int n) {
        return new EngineConfig(kind, file, url, index, caFile, user, password, n);
    }

    /** The configuration of the project at {@code root}; embedded when it has no {@code briefgen.yaml}. */
    public static EngineConfig load(Path root, Map<String, String> env) throws BriefgenException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return embedded();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot read: " + e.getMessage(), e);
        }
        return parse(file, text, env);
    }

    static EngineConfig parse(Path file, String text, Map<String, String> env) throws BriefgenException {
        YamlTree yaml = YamlTree.parse(file, text);
        MappingNode root = yaml.rootMapping(List.of("engine", "opensearch"));
        String engine = yaml.string(root, "engine", false);
        if (engine == null || engine.equals("embedded")) return embedded();
        if (!engine.equals("opensearch")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(root, "engine"), "unknown engine '" + engine + "'")
                    .withHint("expected one of: embedded, opensearch"));
        }
        Node settings = yaml.require(root, "opensearch");
        if (!(settings instanceof MappingNode os)) throw new BriefgenException(yaml.at(settings, "'opensearch' must be a mapping"));
        yaml.checkKeys(os, List.of("url", "index", "ca_file", "shards"));
        String url = yaml.string(os, "url", true);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new BriefgenException(yaml.at(yaml.valueNode(os, "url"), "url '" + url + "' is not an http:// or https:// address"));
        }
        String index = yaml.string(os, "index", false);
        if (index == null) index = DEFAULT_INDEX;
        if (!index.matches("[a-z0-9][a-z0-9_\\-]*")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(os, "index"), "index name '" + index + "' must be lower-case letters, digits, - and _"));
        }
        String ca = yaml.string(os, "ca_file", false);
        Path caFile = ca == null ? null : file.toAbsolutePath().getParent().resolve(ca).normalize();
        String shardText = yaml.string(os, "shards", false);
        int shards = 1;
        if (shardText != null) {
            shards = shardText.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(shardText) : 0;
            if (shards < 1 || shards > 1024) {
                throw new BriefgenException(yaml.at(yaml.valueNode(os, "shards"), "shards '" + shardText + "' must be a whole number from 1 to 1024"));
            }
        }
        return new EngineConfig(Kind.OPENSEARCH, file, uri, index, caFile, env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE), shards);
    }
}
