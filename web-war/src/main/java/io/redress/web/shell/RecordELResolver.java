package io.redress.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components as properties ({@code #{account.handle}}): Jakarta EL 5, in Jakarta EE
 * 10, only knows JavaBean getters. The domain's read models are records, so this keeps pages plain.
 */
public class RecordELResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(base.getClass(), type -> {
            Map<String, Method> byName = new ConcurrentHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), c.getAccessor());
            }
            return byName;
        }).get(property.toString());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method m = accessor(base, property);
        if (m == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return m.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method m = accessor(base, property);
        if (m != null) {
            context.setPropertyResolved(base, property);
            return null;
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }
}
