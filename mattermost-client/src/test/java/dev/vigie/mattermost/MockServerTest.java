package dev.vigie.mattermost;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test against one local MockWebServer, started before and closed after each test. */
abstract class MockServerTest {

    final MockWebServer server = new MockWebServer();
    final TestSupport support = new TestSupport();

    @BeforeEach
    void startServer() throws Exception {
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
