package io.catalog.web.hostile;

import java.util.List;

/**
 * A family of hostile requests (one per kind of defect looked for), sent by {@link HostileInputIT} against the real
 * server. Each request must be refused with a 4xx answer in the error shape, naming no Java, and leave the store as it
 * was. A new family is a new implementation listed in {@link HostileInputIT#FAMILIES}.
 */
public interface HostileCases {

    List<HostileRequest> requests(HostileStore store);
}
