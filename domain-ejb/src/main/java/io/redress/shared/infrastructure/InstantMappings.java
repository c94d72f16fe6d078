package io.redress.shared.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.config.SessionCustomizer;

/**
 * Maps every {@link Instant} attribute as a timestamp. EclipseLink 4.0, as shipped in Payara 6, does not know
 * Instant and would serialize it to bytes; a JPA AttributeConverter cannot fix that on both databases (H2
 * returns OffsetDateTime, PostgreSQL Timestamp, and a null must still be bound as a timestamp, not a string).
 * Declaring the field's type here gives EclipseLink both: typed binding, nulls included, and reading whatever
 * the driver returns. Registered in persistence.xml.
 */
public class InstantMappings implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AbstractDirectMapping direct && isInstant(descriptor, direct)) {
                    direct.setConverter(new InstantTimestampConverter());
                    direct.setFieldClassification(Timestamp.class);
                }
            }
        }
    }

    private static boolean isInstant(ClassDescriptor descriptor, AbstractDirectMapping mapping) {
        if (mapping.getAttributeClassification() == Instant.class) {
            return true;
        }
        try {
            return descriptor.getJavaClass().getDeclaredField(mapping.getAttributeName()).getType() == Instant.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    static final class InstantTimestampConverter implements Converter {

        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue == null ? null : Timestamp.from((Instant) objectValue);
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            return SqlInstants.read(dataValue);
        }

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // nothing to prepare
        }
    }
}
