package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product's SEO data as Catalog V3 writes it: the tags of its page and its SEO settings, bounded: at most
 * {@value #MAX_TAGS} tags of type {@code title}, {@code meta}, {@code script} or {@code link}, each with at most
 * {@value #MAX_PROPS} string properties; at most {@value #MAX_KEYWORDS} keywords, at most one of them the main one.
 * Error fields are named from {@code seoData}.
 */
public record SeoData(List<Tag> tags, Settings settings) {

    public static final int MAX_TAGS = 30;
    public static final int MAX_PROPS = 10;
    public static final int MAX_PROP_KEY = 100;
    public static final int MAX_PROP_VALUE = 1000;
    public static final int MAX_CHILDREN = 4000;
    public static final int MAX_META_CHARS = 2048;
    public static final int MAX_META_DEPTH = 5;
    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_TERM = 200;
    public static final int MAX_ORIGIN = 50;

    /** No tags, default settings. */
    public static final SeoData NONE = new SeoData(List.of(), Settings.DEFAULT);

    private static final Set<String> TAG_TYPES = Set.of("title", "meta", "script", "link");

    public SeoData {
        tags = tags == null ? List.of() : List.copyOf(tags);
        settings = settings == null ? Settings.DEFAULT : settings;
        if (tags.size() > MAX_TAGS) {
            throw new ValidationException(
                    "seoData.tags",
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_TAGS + " tags (was " + tags.size() + ")");
        }
        for (int i = 0; i < tags.size(); i++) {
            try {
                tags.get(i).check();
            } catch (ValidationException e) {
                throw e.nestedIn("seoData.tags[" + i + "]");
            }
        }
        try {
            settings.check();
        } catch (ValidationException e) {
            throw e.nestedIn("seoData.settings");
        }
    }

    /**
     * An SEO tag of the product page.
     *
     * @param props    the tag's attributes ({@code name}, {@code content}, {@code rel}, {@code href}...)
     * @param meta     the tag's metadata, a JSON object; {@code null} when none
     * @param children the tag's inner content; {@code null} when none
     */
    public record Tag(
            String type, Map<String, String> props, JsonText meta, String children, boolean custom, boolean disabled) {

        public Tag {
            props = props == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props));
        }

        void check() {
            Require.present("type", type);
            if (!TAG_TYPES.contains(type)) {
                throw new ValidationException(
                        "type", ErrorCodes.UNKNOWN_ENUM_VALUE, "must be title, meta, script or link");
            }
            if (props.size() > MAX_PROPS) {
                throw new ValidationException(
                        "props",
                        ErrorCodes.OUT_OF_RANGE,
                        "must hold at most " + MAX_PROPS + " properties (was " + props.size() + ")");
            }
            for (Map.Entry<String, String> prop : props.entrySet()) {
                Require.length("props", prop.getKey(), 1, MAX_PROP_KEY);
                Require.length("props." + prop.getKey(), prop.getValue(), 0, MAX_PROP_VALUE);
            }
            if (meta != null) {
                meta.bounded("meta", MAX_META_CHARS, MAX_META_DEPTH, MAX_PROPS);
            }
            if (children != null) {
                Require.length("children", children, 0, MAX_CHILDREN);
            }
        }
    }

    /** SEO settings: whether the redirect from an old URL is prevented, and the page's keywords. */
    public record Settings(boolean preventAutoRedirect, List<Keyword> keywords) {

        public static final Settings DEFAULT = new Settings(false, List.of());

        public Settings {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        void check() {
            if (keywords.size() > MAX_KEYWORDS) {
                throw new ValidationException(
                        "keywords",
                        ErrorCodes.OUT_OF_RANGE,
                        "must hold at most " + MAX_KEYWORDS + " keywords (was " + keywords.size() + ")");
            }
            int main = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword keyword = keywords.get(i);
                Require.length("keywords[" + i + "].term", keyword.term(), 1, MAX_TERM);
                if (keyword.origin() != null) {
                    Require.length("keywords[" + i + "].origin", keyword.origin(), 0, MAX_ORIGIN);
                }
                if (keyword.isMain() && ++main > 1) {
                    throw new ValidationException(
                            "keywords[" + i + "].isMain",
                            ErrorCodes.NOT_ALLOWED,
                            "only one keyword may be the main one");
                }
            }
        }
    }

    /** A keyword term of the page; {@code origin} says where it came from, {@code null} when not given. */
    public record Keyword(String term, boolean isMain, String origin) {}
}
