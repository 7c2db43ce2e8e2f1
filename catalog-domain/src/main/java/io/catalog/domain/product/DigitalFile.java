package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * The file a buyer of a digital product's variant downloads (Catalog V3's {@code digitalProperties.digitalFile}),
 * kept by reference: the media id of a secured file in the site's media, its name, type and size as the media manager
 * gave them; the catalog never reads the file.
 *
 * @param id       a media id ({@link MediaItem#requireMediaId})
 * @param fileName 1 to {@value #MAX_FILE_NAME_LENGTH} characters, without control characters or {@code / \}
 * @param fileType {@link FileType#UNSPECIFIED} when not given
 * @param fileSize in bytes, 0 to {@value #MAX_FILE_SIZE}; {@code null} when not known
 */
public record DigitalFile(String id, String fileName, FileType fileType, Long fileSize) {

    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** 10 GiB. */
    public static final long MAX_FILE_SIZE = 10L * 1024 * 1024 * 1024;

    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}/\\\\]");

    /** The kinds of secured files V3 names. */
    public enum FileType {
        UNSPECIFIED,
        SECURE_PICTURE,
        SECURE_VIDEO,
        SECURE_DOCUMENT,
        SECURE_MUSIC,
        SECURE_ARCHIVE
    }

    public DigitalFile {
        id = MediaItem.requireMediaId("id", id);
        fileName =
                Require.length("fileName", Require.present("fileName", fileName).strip(), 1, MAX_FILE_NAME_LENGTH);
        if (FORBIDDEN.matcher(fileName).find()) {
            throw new ValidationException(
                    "fileName", ErrorCodes.INVALID_FORMAT, "must not contain control characters, / or \\");
        }
        fileType = fileType == null ? FileType.UNSPECIFIED : fileType;
        if (fileSize != null) {
            Require.range("fileSize", fileSize, 0, MAX_FILE_SIZE);
        }
    }
}
