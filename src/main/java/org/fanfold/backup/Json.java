package org.fanfold.backup;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module's JSON mappers; neither closes the streams it writes to or reads from (zip entries). */
final class Json {

    /** One line per value (root values separated by a newline): table rows. */
    static final JsonMapper COMPACT = JsonMapper.builder(
                    JsonFactory.builder().rootValueSeparator("\n").build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Indented: the manifest and the files of a user's export, which people read. */
    static final JsonMapper PRETTY =
            COMPACT.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}
}
