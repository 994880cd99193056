package org.fanfold.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI 3.1 document ({@code openapi.json} beside this class, kept by hand with the controllers), as
 * served and as read into what the documentation page shows: the operations by tag with their parameters, body,
 * responses and authentication, and the schemas. References to shared parameters and responses are resolved;
 * references to schemas become links to them.
 */
public record ApiDocument(
        byte[] json,
        String title,
        String version,
        List<String> description,
        String server,
        List<Section> sections,
        List<Schema> schemas,
        List<Scheme> schemes) {

    static final String RESOURCE = "openapi.json";

    /** The operations under one tag. */
    public record Section(String name, List<Operation> operations) {}

    /**
     * One operation.
     *
     * @param auth how it authenticates: "none needed" or "a token"
     */
    public record Operation(
            String method,
            String path,
            String id,
            String summary,
            String description,
            List<Parameter> parameters,
            @Nullable Type body,
            List<Response> responses,
            String auth) {}

    public record Parameter(String name, String in, boolean required, Type type, String description) {}

    public record Response(
            String status, String description, @Nullable Type type) {}

    /** A schema with its properties. */
    public record Schema(String name, String description, List<Property> properties) {}

    public record Property(String name, Type type, boolean required, String description) {}

    public record Scheme(String name, String description) {}

    /**
     * A type as the page writes it: {@code text} (string, "array of Work", "integer or null") and the schema it
     * names, for a link ({@code ref}, or null for a plain type).
     */
    public record Type(String text, @Nullable String ref) {}

    /** Reads the document from the class path; a broken document stops the start. */
    static ApiDocument load() {
        try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("the API's " + RESOURCE + " is missing from the class path");
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiDocument parse(byte[] json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode components = root.path("components");
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (JsonNode tag : root.path("tags")) byTag.put(tag.path("name").asString(), new ArrayList<>());
        for (var path : root.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                Operation operation = operation(path.getKey(), method.getKey(), op, components);
                String tag = op.path("tags").path(0).asString("Other");
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(operation);
            }
        }
        List<Section> sections = new ArrayList<>();
        byTag.forEach((name, ops) -> {
            if (!ops.isEmpty()) sections.add(new Section(name, List.copyOf(ops)));
        });
        List<Schema> schemas = new ArrayList<>();
        for (var schema : components.path("schemas").properties()) {
            JsonNode node = schema.getValue();
            List<String> required = new ArrayList<>();
            node.path("required").forEach(r -> required.add(r.asString()));
            List<Property> properties = new ArrayList<>();
            for (var p : node.path("properties").properties()) {
                properties.add(new Property(
                        p.getKey(),
                        type(p.getValue()),
                        required.contains(p.getKey()),
                        p.getValue().path("description").asString("")));
            }
            schemas.add(new Schema(schema.getKey(), node.path("description").asString(""), properties));
        }
        List<Scheme> schemes = new ArrayList<>();
        for (var s : components.path("securitySchemes").properties()) {
            schemes.add(new Scheme(s.getKey(), s.getValue().path("description").asString("")));
        }
        JsonNode info = root.path("info");
        return new ApiDocument(
                json,
                info.path("title").asString(),
                info.path("version").asString(),
                List.of(info.path("description").asString().split("\n\n")),
                root.path("servers").path(0).path("url").asString(""),
                sections,
                schemas,
                schemes);
    }

    private static Operation operation(String path, String method, JsonNode op, JsonNode components) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p, components);
            parameters.add(new Parameter(
                    param.path("name").asString(),
                    param.path("in").asString(),
                    param.path("required").asBoolean(false),
                    type(param.path("schema")),
                    param.path("description").asString("")));
        }
        Type body = null;
        JsonNode content = op.path("requestBody").path("content");
        if (!content.isMissingNode())
            body = type(content.path("application/json").path("schema"));
        List<Response> responses = new ArrayList<>();
        for (var r : op.path("responses").properties()) {
            JsonNode response = resolve(r.getValue(), components);
            JsonNode schema = response.path("content").path("application/json").path("schema");
            responses.add(new Response(
                    r.getKey(),
                    response.path("description").asString(""),
                    schema.isMissingNode() ? null : type(schema)));
        }
        boolean open = false;
        for (JsonNode s : op.path("security")) if (s.isEmpty()) open = true;
        return new Operation(
                method.toUpperCase(java.util.Locale.ROOT),
                path,
                op.path("operationId").asString(),
                op.path("summary").asString(""),
                op.path("description").asString(""),
                parameters,
                body,
                responses,
                open
                        ? "none needed (a token reads as its holder)"
                        : "a token (or the session cookie with its CSRF token)");
    }

    /** A shared parameter or response in place of its reference. */
    private static JsonNode resolve(JsonNode node, JsonNode components) {
        String ref = node.path("$ref").asString("");
        if (!ref.startsWith("#/components/")) return node;
        String[] parts = ref.substring("#/components/".length()).split("/");
        return components.path(parts[0]).path(parts[1]);
    }

    private static Type type(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return new Type(name, name);
        }
        if (schema.has("oneOf")) {
            List<String> texts = new ArrayList<>();
            String linked = null;
            for (JsonNode one : schema.path("oneOf")) {
                Type t = type(one);
                texts.add(t.text());
                if (t.ref() != null) linked = t.ref();
            }
            return new Type(String.join(" or ", texts), linked);
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> texts = new ArrayList<>();
            type.forEach(t -> texts.add(t.asString()));
            return new Type(String.join(" or ", texts), null);
        }
        if (type.asString("").equals("array")) {
            Type item = type(schema.path("items"));
            return new Type("array of " + item.text(), item.ref());
        }
        if (type.asString("").equals("object") && schema.has("additionalProperties")) {
            Type value = type(schema.path("additionalProperties"));
            return new Type("object of " + value.text(), value.ref());
        }
        String text = type.asString("any");
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> {
                if (!v.asString().isEmpty()) values.add(v.asString());
            });
            text += ": " + String.join(", ", values);
        }
        return new Type(text, null);
    }
}
