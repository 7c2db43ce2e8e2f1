package io.catalog.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the catalog's data source reaches: its vendor ({@code postgresql}, {@code h2}, or the lower-cased
 * product name of another) and its JDBC URL.
 */
public record CatalogDatabase(String vendor, String url) {

    public static CatalogDatabase of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String vendor = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
            return new CatalogDatabase(vendor, connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the catalog database", e);
        }
    }

    /**
     * Whether no other process can write it: H2 in a file or in memory, opened by this server alone (H2 locks the
     * file; {@code AUTO_SERVER=TRUE} or {@code FILE_LOCK=NO} would let other processes in, a {@code tcp:} URL is a
     * shared server).
     */
    public boolean embeddedAlone() {
        String u = url.toLowerCase(Locale.ROOT).replace(" ", "");
        return vendor.equals("h2")
                && (u.startsWith("jdbc:h2:file:")
                        || u.startsWith("jdbc:h2:mem:")
                        || u.startsWith("jdbc:h2:./")
                        || u.startsWith("jdbc:h2:/")
                        || u.startsWith("jdbc:h2:~"))
                && !u.contains("auto_server=true")
                && !u.contains("file_lock=no");
    }
}
