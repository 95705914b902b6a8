package org.lifelonglinks.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.lifelonglinks.system.Sha256;
import org.lifelonglinks.system.StorageProperties;
import org.springframework.stereotype.Component;

/**
 * The bytes of documents in the data folder, named by the SHA-256 of their content ({@code documents/<hash>}, the
 * thumbnail beside it as {@code documents/<hash>.thumbnail}): the same file uploaded twice is kept once, and no
 * name a user typed ever reaches the file system. Folders are {@code 0700} and files {@code 0600}, written to a
 * temporary file and moved into place, so a reader never sees half a file. A file is removed only when no
 * document in the graph refers to it any more; the lock keeps that check and an upload of the same content apart.
 */
@Component
class DocumentFiles {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final ReentrantLock lock = new ReentrantLock();

    DocumentFiles(StorageProperties storage) {
        this.folder = storage.dataDir().resolve("documents");
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    /** Runs {@code work} (writing bytes and the graph, or checking and removing) with no other such work between. */
    <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the content (and its thumbnail, if any) unless a file with that hash is already there. */
    void keep(String hash, byte[] content, byte[] thumbnail) {
        write(file(hash), content);
        if (thumbnail != null) {
            write(thumbnailFile(hash), thumbnail);
        }
    }

    Optional<byte[]> read(String hash) {
        return readFile(file(hash));
    }

    Optional<byte[]> thumbnail(String hash) {
        return readFile(thumbnailFile(hash));
    }

    /** Whether the content is on disk (for tests and checks; the graph says what should be). */
    boolean holds(String hash) {
        return Files.exists(file(hash));
    }

    void remove(String hash) {
        try {
            Files.deleteIfExists(file(hash));
            Files.deleteIfExists(thumbnailFile(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove a document's file", e);
        }
    }

    private Path file(String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in hex");
        }
        return folder.resolve(hash);
    }

    private Path thumbnailFile(String hash) {
        return file(hash).resolveSibling(hash + ".thumbnail");
    }

    private static Optional<byte[]> readFile(Path path) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a document's file", e);
        }
    }

    private void write(Path target, byte[] content) {
        if (Files.exists(target)) {
            return; // the same content, by its hash
        }
        try {
            prepareFolder();
            Path temporary = posix()
                    ? Files.createTempFile(folder, ".upload-", ".part",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, ".upload-", ".part");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                }
            } catch (FileAlreadyExistsException e) {
                // Written meanwhile with the same content.
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a document's file", e);
        }
    }

    private void prepareFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                return;
            }
            // The umask may have taken some permissions away; it never adds any, but make sure.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
