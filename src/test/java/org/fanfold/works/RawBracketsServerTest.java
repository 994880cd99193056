package org.fanfold.works;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import org.fanfold.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * On the real server (Tomcat): AO3 filter links are pasted with their brackets unencoded, and browsers send them
 * so; Tomcat must take them rather than answer 400. (The same context as the other server tests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class RawBracketsServerTest {

    @LocalServerPort
    int port;

    @Test
    void anAo3FilterLinkWithRawBracketsIsAListing() throws Exception {
        String response;
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET /works?work_search[sort_column]=kudos_count&work_search[other_tag_names]=Angst|x"
                                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(UTF_8));
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            response = out.toString(UTF_8);
        }
        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).contains("<option value=\"kudos_count\" selected>");
    }
}
