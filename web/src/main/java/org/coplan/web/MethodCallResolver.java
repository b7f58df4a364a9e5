package org.coplan.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that pages name in expressions, such as {@code #{plan.personName()}} or
 * {@code #{'section.'.concat(key)}}, through a method looked up once per class, name and number
 * of arguments.
 *
 * <p>The standard {@code BeanELResolver} looks the method up at every call, through
 * {@code Class.getMethods()}, which copies every public method of the class each time: under
 * load that was 9% of the server's processor samples (JFR), most of it on pages that repeat rows
 * of records. This resolver answers only where the answer cannot differ from the standard one:
 * exactly one public, non-varargs method of that name takes that many arguments, in a public
 * class, and the expression gives no parameter types. Anything else (overloads, varargs,
 * properties, maps) is left to the resolvers after it. Arguments are converted to the method's
 * parameter types by the context, as the standard resolver does.
 */
public class MethodCallResolver extends ELResolver {

    private record Call(Class<?> type, String name, int arguments) {
    }

    private final ConcurrentHashMap<Call, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        Optional<Method> found = methods.computeIfAbsent(new Call(base.getClass(), method.toString(), given.length),
                MethodCallResolver::onlyMethod);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            arguments[i] = context.convertToType(given[i], types[i]);
        }
        try {
            Object result = target.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException | IllegalArgumentException refused) {
            throw new ELException(refused);
        } catch (InvocationTargetException thrown) {
            throw new ELException(thrown.getCause());
        }
    }

    /** The one public method of that name and number of parameters, if there is exactly one and it may be called. */
    static Optional<Method> onlyMethod(Call call) {
        Method[] candidates = Arrays.stream(call.type().getMethods())
                .filter(m -> m.getName().equals(call.name()) && m.getParameterCount() == call.arguments())
                .toArray(Method[]::new);
        if (candidates.length != 1) {
            return Optional.empty();
        }
        Method only = candidates[0];
        boolean callable = !only.isVarArgs() && !Modifier.isStatic(only.getModifiers()) && reachable(only.getDeclaringClass());
        return callable ? Optional.of(only) : Optional.empty();
    }

    /** Whether a public method of the class may be called from anywhere: the class and every class around it are public and exported. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return type.getModule().isExported(type.getPackageName());
    }

    /** For tests: the method a call would use, if this resolver answers it. */
    static Optional<Method> methodFor(Class<?> type, String name, int arguments) {
        return onlyMethod(new Call(type, name, arguments));
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are left to the standard resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
