package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanfold.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/** The running Tomcat writes pages in pieces of 64 KB, not its default 8 KB. (The same context as the other server tests.) */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SocketWritesServerTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theConnectorWritesUpTo64KbAtOnce() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(tomcat.getConnector().getProperty("socket.appWriteBufSize")).hasToString("65536");
    }
}
