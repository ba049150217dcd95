package org.mufakat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The session key of an installation without {@code MUFAKAT_SESSION_KEY} (the embedded run): made at random at the
 * first start, kept beside the data in {@code session.key}, readable by its owner only, and read again at every
 * start so that a restart keeps everyone signed in. Nobody else can forge a session cookie for this installation.
 */
public final class SessionKeyFile {

    static final String NAME = "session.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SessionKeyFile() {
    }

    /** The key kept in {@code dir/session.key}, made first if there is none. */
    public static String loadOrCreate(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            String existing = read(file);
            if (existing != null) {
                return existing;
            }
            Files.createDirectories(dir);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            Path fresh = dir.resolve(NAME + ".new");
            Files.deleteIfExists(fresh);
            if (posix(dir)) {
                Files.createFile(fresh, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(fresh);
            }
            Files.writeString(fresh, key + "\n", StandardCharsets.US_ASCII);
            if (Files.exists(file)) {
                // A key too short to use (damaged, or written by hand): replaced by the new one.
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
                return key;
            }
            try {
                Files.move(fresh, file);
            } catch (FileAlreadyExistsException e) {
                // Another start made one at the same moment: use theirs.
                Files.deleteIfExists(fresh);
                String theirs = read(file);
                if (theirs == null) {
                    throw new IllegalStateException("The session key in " + file.toAbsolutePath()
                            + " cannot be used; delete it and start again.");
                }
                return theirs;
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + file.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return key.length() >= StartupSettings.MIN_KEYCLOAK_SECRET ? key : null;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
