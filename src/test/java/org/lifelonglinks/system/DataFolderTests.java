package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifelonglinks.LifelongLinksApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class DataFolderTests {

    @TempDir
    Path temp;

    @Test
    void aFreshDataFolderIsMadeForTheOwnerOnly() throws Exception {
        Path dir = temp.resolve("fresh/data");

        DataFolder.prepare(new StorageProperties(dir));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aDataFolderOthersMayReadIsRefusedWithWhatToDo() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("open"));
        Files.writeString(dir.resolve("neo4j-password"), "x");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> DataFolder.prepare(new StorageProperties(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rwxr-xr-x")
                .hasMessageContaining("other users of this machine may read")
                .hasMessageContaining("chmod -R go-rwx " + dir);
    }

    @Test
    void anEmptyFolderMadeByHandIsClosedRatherThanRefused() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("by-hand"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        DataFolder.prepare(new StorageProperties(dir));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void withWarnAnOpenDataFolderIsTightenedFilesAndFoldersAlike() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("warn"));
        Path index = Files.createDirectory(dir.resolve("tracing-index"));
        Path file = Files.writeString(index.resolve("segments_1"), "x");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        DataFolder.prepare(new StorageProperties(dir,
                new StorageProperties.Storage(StorageProperties.Permissions.WARN)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theServiceRefusesToStartOnADataFolderOthersMayRead() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("service"));
        Files.writeString(dir.resolve("neo4j-password"), "x");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(LifelongLinksApplication.class)
                .run("--lifelinks.data-dir=" + dir, "--server.port=0").close())
                .rootCause()
                .hasMessageContaining("other users of this machine may read");
        assertThat(dir.resolve("neo4j")).doesNotExist();
    }
}
