package org.coplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cached method calls give what the standard resolver gives, and leave to it what they cannot be sure of. */
public class MethodCallResolverTest {

    /** A page's kind of value: a public record with accessors and a method taking arguments. */
    public record Row(String name, long id) {
        public long times(long factor) {
            return id * factor;
        }

        public String label(String prefix, int width) {
            return prefix + String.format("%0" + width + "d", id);
        }

        public String broken() {
            throw new IllegalStateException("the row could not say");
        }
    }

    private final MethodCallResolver resolver = new MethodCallResolver();
    private ELProcessor withCache;
    private ELProcessor standard;

    @BeforeEach
    void processors() {
        withCache = new ELProcessor();
        withCache.getELManager().addELResolver(resolver);
        standard = new ELProcessor();
        for (ELProcessor el : List.of(withCache, standard)) {
            el.defineBean("row", new Row("Kim", 7));
            el.defineBean("key", "about-me");
            el.defineBean("items", List.of("a", "b"));
        }
    }

    @Test
    void answersAnAccessorOfARecordItself() {
        ELContext context = withCache.getELManager().getELContext();
        context.setPropertyResolved(false);
        Object name = resolver.invoke(context, new Row("Kim", 7), "name", null, new Object[0]);
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(name).isEqualTo("Kim");
    }

    @Test
    void givesWhatTheStandardResolverGives() {
        for (String expression : List.of("row.name()", "row.id()", "row.times(3)", "row.times('4')",
                "row.label('P-', 4)", "'section.'.concat(key)", "'section.'.concat(row.name()).concat('.').concat(row.id())",
                "items.size()", "key.indexOf('-')", "key.substring(2)", "key.substring(1, 3)", "row.name().length() > 2")) {
            assertThat((Object) withCache.eval(expression)).as(expression).isEqualTo((Object) standard.eval(expression));
        }
        assertThat((Object) withCache.eval("row.label('P-', 4)")).isEqualTo("P-0007");
        assertThat((Object) withCache.eval("'section.'.concat(key)")).isEqualTo("section.about-me");
    }

    @Test
    void convertsArgumentsToTheParameterTypes() {
        assertThat((Object) withCache.eval("row.times('6')")).isEqualTo(42L);
        assertThat((Object) withCache.eval("row.label(1, '2')")).isEqualTo("107");
    }

    @Test
    void leavesOverloadsVarargsAndHiddenClassesToTheStandardResolver() {
        // String.indexOf has four one-argument forms; String.format is static and varargs;
        // List.of(…) is a class of the JDK that is not public.
        assertThat(MethodCallResolver.methodFor(String.class, "indexOf", 1)).isEmpty();
        assertThat(MethodCallResolver.methodFor(String.class, "format", 2)).isEmpty();
        assertThat(MethodCallResolver.methodFor(List.of("a", "b").getClass(), "size", 0)).isEmpty();
        assertThat(MethodCallResolver.methodFor(Row.class, "nosuch", 0)).isEmpty();
        assertThat(MethodCallResolver.methodFor(String.class, "concat", 1)).isPresent();
        assertThat(MethodCallResolver.methodFor(Row.class, "times", 1)).isPresent();

        ELContext context = withCache.getELManager().getELContext();
        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, "about-me", "indexOf", null, new Object[] {"-"})).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        // and the page still gets its answer from the resolvers after it
        assertThat((Object) withCache.eval("key.indexOf('-')")).isEqualTo(5);
    }

    @Test
    void aMethodThatFailsFailsAsItWouldWithoutTheCache() {
        assertThatThrownBy(() -> withCache.eval("row.broken()")).isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("the row could not say");
        assertThatThrownBy(() -> standard.eval("row.broken()")).isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }
}
