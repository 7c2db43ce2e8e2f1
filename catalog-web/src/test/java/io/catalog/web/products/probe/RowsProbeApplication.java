package io.catalog.web.products.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The rows probe's REST endpoints, called by the test over HTTP. */
@ApplicationPath("/")
public class RowsProbeApplication extends Application {}
