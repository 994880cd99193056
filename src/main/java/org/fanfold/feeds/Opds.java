package org.fanfold.feeds;

import org.jdom2.Namespace;
import org.springframework.http.MediaType;

/** OPDS 1.2's media types, link relations and namespaces (https://specs.opds.io/opds-1.2). */
final class Opds {

    static final String NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation";
    static final String ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    static final String OPENSEARCH = "application/opensearchdescription+xml";

    static final MediaType NAVIGATION_TYPE = MediaType.parseMediaType(NAVIGATION);
    static final MediaType ACQUISITION_TYPE = MediaType.parseMediaType(ACQUISITION);
    static final MediaType OPENSEARCH_TYPE = MediaType.parseMediaType(OPENSEARCH);

    static final String ACQUIRE = "http://opds-spec.org/acquisition";
    static final String SORT_NEW = "http://opds-spec.org/sort/new";
    static final String SORT_POPULAR = "http://opds-spec.org/sort/popular";
    static final String SHELF = "http://opds-spec.org/shelf";

    static final Namespace DC = Namespace.getNamespace("dc", "http://purl.org/dc/terms/");
    static final Namespace OPENSEARCH_NS = Namespace.getNamespace("opensearch", "http://a9.com/-/spec/opensearch/1.1/");

    /** The catalog's root-relative addresses. */
    static final String ROOT = "/opds";

    static final String RECENT = "/opds/recent";
    static final String POPULAR = "/opds/popular";
    static final String FANDOMS = "/opds/fandoms";
    static final String SEARCH = "/opds/search";
    static final String SEARCH_DESCRIPTION = "/opds/opensearch.xml";

    private Opds() {}

    static String bookmarks(String login) {
        return "/opds/users/" + login + "/bookmarks";
    }
}
