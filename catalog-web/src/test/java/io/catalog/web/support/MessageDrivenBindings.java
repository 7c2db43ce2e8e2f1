package io.catalog.web.support;

/** The {@code ibm-ejb-jar-bnd.xml} of a test-only message-driven bean: the activation spec it listens through. */
public final class MessageDrivenBindings {

    private MessageDrivenBindings() {}

    /** Binds the bean named {@code bean} to the server's activation spec {@code activationSpec}. */
    public static String of(String bean, String activationSpec) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ejb-jar-bnd xmlns="http://websphere.ibm.com/xml/ns/javaee"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="http://websphere.ibm.com/xml/ns/javaee http://websphere.ibm.com/xml/ns/javaee/ibm-ejb-jar-bnd_1_2.xsd"
                             version="1.2">
                    <message-driven name="%s">
                        <jca-adapter activation-spec-binding-name="%s"/>
                    </message-driven>
                </ejb-jar-bnd>
                """.formatted(bean, activationSpec);
    }
}
