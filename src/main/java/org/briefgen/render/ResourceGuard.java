package org.briefgen.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.BiPredicate;

/**
 * Allows the renderer to load only {@code file:} resources inside the templates folder. Everything else
 * — http(s), ftp, jar, data, classpath, or a file elsewhere — is refused, so a source or template cannot
 * make a render reach the network or read other files.
 */
final class ResourceGuard implements BiPredicate<String, ExternalResourceType> {
    private final Path root;

    ResourceGuard(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        if (uri == null) return false;
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) return false;
            Path p = Path.of(u).toAbsolutePath().normalize();
            return p.startsWith(root);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
