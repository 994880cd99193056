package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * On the real server (Tomcat, as the browser tests run it; same context), an upload over 20 MB with its form's
 * token comes back as the form with 413: the server stops reading at the limit, and the answer still reaches the
 * client, which is still sending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class UploadLimitServerTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Document page(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }

    @Test
    void aFileOverTheLimitComesBackAsTheFormWith413() throws Exception {
        String login = TestData.unique("upl");
        accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), false);
        String token = page("/users/login")
                .selectFirst("input[name=authenticity_token]")
                .val();
        String form = "user%5Blogin%5D=" + login + "&user%5Bpassword%5D=password1&authenticity_token="
                + URLEncoder.encode(token, UTF_8);
        http.send(
                HttpRequest.newBuilder(url("/users/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String formToken = page("/works/import")
                .selectFirst("form#import-form input[name=authenticity_token]")
                .val();

        String boundary = "----fanfold" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"authenticity_token\"\r\n\r\n"
                        + formToken + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.epub\"\r\n"
                        + "Content-Type: application/epub+zip\r\n\r\n")
                .getBytes(UTF_8));
        body.write(new byte[21 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        var response = http.send(
                HttpRequest.newBuilder(url("/works/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("p.error").text()).isEqualTo("The file is larger than the 20 MB this archive accepts.");
        assertThat(page.selectFirst("form#import-form")).isNotNull();
    }
}
