package io.revblueprint.source.jdbc;

import io.revblueprint.snapshot.SnapshotFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the replica's address shows of itself: never a credential, in any of the forms Connector/J takes. */
class ReplicaPullTest {

    @Test
    void theAddressShownKeepsNoCredential() {
        assertThat(ReplicaPull.withoutCredentials("jdbc:mysql://crm:S3cr3t@replica:3306/salesforce?password=S3cr3t"))
                .isEqualTo("jdbc:mysql://replica:3306/salesforce");
        assertThat(ReplicaPull.withoutCredentials(
                "jdbc:mysql://(host=replica,port=3306,user=crm,password=S3cr3t)/salesforce"))
                .isEqualTo("jdbc:mysql://(host=replica,port=3306,user=crm,password=***)/salesforce");
        assertThat(ReplicaPull.withoutCredentials("jdbc:mysql://replica/salesforce"))
                .isEqualTo("jdbc:mysql://replica/salesforce");
    }

    @Test
    void aReplicaThatCannotBeReachedIsNamedWithoutItsPassword(@TempDir Path work) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ReplicaPull pull = new ReplicaPull("jdbc:mysql://crm:S3cr3t@127.0.0.1:" + closedPort
                + "/salesforce?connectTimeout=2000", null, null);

        assertThatThrownBy(() -> pull.pull(work.resolve("replica"))).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("cannot read the replica jdbc:mysql://127.0.0.1:" + closedPort + "/salesforce:")
                .hasMessageNotContaining("S3cr3t");
    }
}
