package org.lifelonglinks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which instance of the service this is, when several share one Neo4j server: a name kept in the data folder
 * ({@code instance-id}, made on the first start), so it stays the same across restarts just as the search index
 * beside it does. The outbox records how far each instance's index has come under this name
 * ({@link ChangeOutbox}), and a background job names the instance running it.
 */
@Component
public final class ServiceInstance {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final String id;

    ServiceInstance(StorageProperties storage) {
        this.id = readOrCreate(storage.dataDir().resolve("instance-id"));
    }

    /** This instance's name, the same after a restart over the same data folder. */
    public String id() {
        return id;
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String name = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (NAME.matcher(name).matches()) {
                    return name;
                }
                throw new IllegalStateException(file + " does not hold an instance name (letters, digits, '-')");
            }
            Files.createDirectories(file.getParent());
            String name = UUID.randomUUID().toString();
            Path written = Files.writeString(file.resolveSibling("instance-id.new"), name + "\n",
                    StandardCharsets.UTF_8);
            Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }
}
