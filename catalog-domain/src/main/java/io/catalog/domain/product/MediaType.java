package io.catalog.domain.product;

import io.catalog.domain.shared.ApiEnum;
import java.util.Locale;
import java.util.Set;

/** Kind of a product {@link MediaItem}: an image or a video. */
public enum MediaType implements ApiEnum {
    IMAGE("image"),
    VIDEO("video");

    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "webm", "m4v");

    private final String apiName;

    MediaType(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /**
     * The type a file name or URL path implies by its extension: {@code .mp4 .mov .webm .m4v} are videos,
     * anything else is an image. A query string or fragment is ignored.
     */
    public static MediaType ofFileName(String name) {
        String path = name;
        int end = path.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        path = path.substring(0, end);
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String extension = dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
        return VIDEO_EXTENSIONS.contains(extension) ? VIDEO : IMAGE;
    }
}
