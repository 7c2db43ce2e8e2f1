package io.catalog.web.events.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The probe's REST endpoints, read by the test over HTTP. */
@ApplicationPath("/")
public class ProbeApplication extends Application {}
