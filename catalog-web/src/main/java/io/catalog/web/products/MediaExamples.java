package io.catalog.web.products;

/** The Wix Stores v1 documentation's media examples, shown in the OpenAPI document. */
final class MediaExamples {

    static final String EMPTY = "{}";

    /** The seed's Add Product Media request. */
    static final String ADD_REQUEST = """
            {
              "media": [
                {"mediaId": "9cc22d8b8d5244aba9ed73fb1783fc26.jpg"},
                {"url": "https://your-site-url/image.jpeg", "choice": {"option": "Color", "choice": "Blue"}},
                {"mediaId": "11062b_382eeb350464462c8f9150e4d3e40f2b"}
              ]
            }""";

    /** The seed's Remove Product Media request. */
    static final String REMOVE_REQUEST = """
            {"mediaIds": ["mediaId1", "mediaId2"]}""";

    /** The seed's Add Product Media To Choices request, flat as the seed sends it. */
    static final String LINK_REQUEST = """
            {
              "option": "Color",
              "choice": "blue",
              "mediaIds": ["9cc22d8b8d5244aba9ed73fb1783fc26.jpg", "fljseif3l4ij3l4ijl3r32fwfwf23234.jpg"]
            }""";

    /** The same request in the {@code media} array form the seed's field table names. */
    static final String LINK_ARRAY_REQUEST = """
            {
              "media": [{
                "option": "Color",
                "choice": "blue",
                "mediaIds": ["9cc22d8b8d5244aba9ed73fb1783fc26.jpg"]
              }]
            }""";

    /** The seed's Remove Product Media From Choices request. */
    static final String UNLINK_REQUEST = """
            {
              "option": "Color",
              "choice": "blue",
              "mediaIds": ["9cc22d8b8d5244aba9ed73fb1783fc26.jpg", "fljseif3l4ij3l4ijl3r32fwfwf23234.jpg"]
            }""";

    static final String TOO_MANY_ERROR = """
            {"code": "TOO_MANY_MEDIA",
             "message": "a product can have at most 15 media items; product ... has 14 and 2 were sent",
             "field": "media"}""";

    static final String OTHER_OPTION_ERROR = """
            {"code": "CHOICE_MEDIA_OTHER_OPTION",
             "message": "media can be set on the choices of only one option at a time: choices of option \\"Color\\" \
            have media; remove it from them before adding media to choices of option \\"Size\\"",
             "field": "media[0].option"}""";

    private MediaExamples() {}
}
