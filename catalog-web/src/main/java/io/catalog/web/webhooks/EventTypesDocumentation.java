package io.catalog.web.webhooks;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.catalog.events.payload.EventMappers;

/**
 * Names the event types a subscription may ask for in the OpenAPI document ({@code WebhookSubscription.eventTypes}),
 * from the event mappers: the list the subscription's validation uses. Registered as {@code mp.openapi.filter}.
 */
public class EventTypesDocumentation implements OASFilter {

    static final String SCHEMA = "WebhookSubscription";
    static final String PROPERTY = "eventTypes";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema subscription = openAPI.getComponents().getSchemas().get(SCHEMA);
        Map<String, Schema> properties = subscription == null ? null : subscription.getProperties();
        if (properties != null && properties.get(PROPERTY) != null) {
            properties.get(PROPERTY).setDescription(
                    description(CDI.current().select(EventMappers.class).get().typeNames()));
        }
    }

    /** The description of {@code eventTypes}, naming the types. */
    public static String description(Collection<String> eventTypes) {
        return "Event types delivered: " + String.join(", ", eventTypes) + "; empty or absent means every type";
    }
}
