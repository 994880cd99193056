package org.fanfold.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes an answer to the socket at most one write buffer at a time, 8 KB by default, even an answer that is
 * already whole in memory: a listing page of 20 blurbs (about 110 KB, written at once by {@link BytePages}) took
 * 14 writes, each a system call that wakes the reader. With 64 KB it takes two, and the page comes about 0.1–0.3 ms
 * (10–25 %) sooner on this machine (bench/README.md). The price is memory: Tomcat gives every open connection its
 * own write buffer, so 64 KB more per connection held open (at Tomcat's limit of 8,192 connections, 0.5 GB).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SocketWrites {

    /** The most Tomcat writes to a socket at once. */
    static final int WRITE_BUFFER = 64 * 1024;

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER));
    }
}
