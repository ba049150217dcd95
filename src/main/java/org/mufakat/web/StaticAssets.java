package org.mufakat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Addresses of the static files (stylesheet, images) that change whenever the file does: {@code
 * /static/mufakat.css?v=} and the start of the file's SHA-256 ({@code inject:assets.url('mufakat.css')}). Browsers
 * and proxies may then keep such an address for a year without asking again ({@link ResponseHeaders}); a new
 * release that changes the file changes its address.
 */
@ApplicationScoped
@Named("assets")
public class StaticAssets {

    static final String ROOT = "META-INF/resources";
    static final String PREFIX = "/static/";
    private static final int VERSION_LENGTH = 12;

    /** The versions of files that exist; a name asked for that is no file is not kept (anyone can ask for any). */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The versioned address of a file under /static/ (by its name there), or its plain address if it is missing. */
    public String url(String file) {
        return version(file).map(v -> PREFIX + file + "?v=" + v).orElse(PREFIX + file);
    }

    /** The version of the file at this path ({@code /static/...}): the start of its content's SHA-256. */
    Optional<String> versionOf(String path) {
        return path != null && path.startsWith(PREFIX) && !path.contains("..")
                ? version(path.substring(PREFIX.length()))
                : Optional.empty();
    }

    private Optional<String> version(String file) {
        String known = versions.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> hash = hash(file);
        hash.ifPresent(v -> versions.put(file, v));
        return hash;
    }

    private static Optional<String> hash(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(ROOT + PREFIX + file)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return Optional.of(HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_LENGTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
