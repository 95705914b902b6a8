package org.lifelonglinks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder (graph, search index, uploads: personal data about children) to the service's own user:
 * made {@code 0700} when new, checked at start-up (a folder group or others may enter is refused, or with
 * {@code lifelinks.storage.permissions: warn} tightened with a warning), and everything in it made owner-only
 * ({@code 0700} folders, {@code 0600} files) once the database has created its files. Neo4j creates files as the
 * process's umask says; the closed folder keeps them from other users whatever that is.
 */
final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private DataFolder() {
    }

    /** Creates the folder owner-only, or checks the one there; before anything is written into it. */
    static void prepare(StorageProperties storage) {
        Path dir = storage.dataDir();
        if (!posix()) {
            log.warn("The data folder {} is not on a POSIX file system: its permissions cannot be checked", dir);
            return;
        }
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask may have taken some away; never added any, but make sure.
                Files.setPosixFilePermissions(dir, FOLDER);
                return;
            }
            var open = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
            open.retainAll(OTHERS);
            if (open.isEmpty()) {
                return;
            }
            if (isEmpty(dir)) {
                // Made ready by hand (mkdir) but holding nothing yet: nothing has been exposed, so close it.
                Files.setPosixFilePermissions(dir, FOLDER);
                return;
            }
            String problem = "The data folder " + dir + " is " + PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir)) + ": other users of this machine may read children's records. "
                    + "Run chmod -R go-rwx " + dir + " (or set lifelinks.storage.permissions: warn to have the "
                    + "service do it at start-up)";
            if (storage.storage().permissions() == StorageProperties.Permissions.REFUSE) {
                throw new IllegalStateException(problem);
            }
            log.warn("{}. Tightening it now.", problem);
            tighten(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Makes every folder under {@code dir} 0700 and every file 0600; symbolic links are left alone. */
    static void tighten(Path dir) {
        if (!posix() || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.forEach(path -> {
                try {
                    if (Files.isSymbolicLink(path)) {
                        return;
                    }
                    var wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
                    if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                        Files.setPosixFilePermissions(path, wanted);
                    }
                } catch (IOException e) {
                    // A file the database removed meanwhile (a rotated log): nothing to protect.
                    log.debug("Could not restrict {}", path, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not restrict every file in the data folder {}", dir, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
