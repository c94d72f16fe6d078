package io.redress.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.redress.shared.domain.Permission;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation declares the permission its service requires ({@link Requires}) or is marked {@link Open};
 * and a declared permission is one the services it calls actually check, so that the early refusal can never be
 * stricter than, or unrelated to, the service's own.
 */
class RequiresDeclaredTest {

    private static final Set<String> HTTP_METHODS = Set.of(GET.class.getName(), POST.class.getName(),
            PUT.class.getName(), DELETE.class.getName(), PATCH.class.getName(), HEAD.class.getName(),
            OPTIONS.class.getName());

    private static JavaClasses classes;
    static List<JavaMethod> operations;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.redress");
        operations = classes.stream().filter(c -> c.getPackageName().startsWith("io.redress.api"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getAnnotations().stream().anyMatch(a -> HTTP_METHODS.contains(a.getRawType().getName())))
                .toList();
    }

    @Test
    void everyOperationDeclaresItsPermissionOrIsOpen() {
        assertTrue(operations.size() > 100, "found the resource methods: " + operations.size());
        List<String> undeclared = operations.stream()
                .filter(m -> m.isAnnotatedWith(Requires.class) == m.isAnnotatedWith(Open.class))
                .map(JavaMethod::getFullName).sorted().toList();
        assertEquals(List.of(), undeclared, "each REST operation needs exactly one of @Requires(Permission...) or @Open");
    }

    @Test
    void onlyCallsThatReadNoDataAreOpen() {
        List<String> open = operations.stream().filter(m -> m.isAnnotatedWith(Open.class))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName()).sorted().toList();
        assertEquals(List.of("PingResource.ping", "PolicyResource.grounds"), open);
    }

    @Test
    void aDeclaredPermissionIsOneTheCalledServicesCheck() {
        List<String> wrong = new ArrayList<>();
        TreeMap<String, String> unchecked = new TreeMap<>();
        for (JavaMethod m : operations) {
            if (!m.isAnnotatedWith(Requires.class)) {
                continue;
            }
            Set<Permission> declared = EnumSet.copyOf(Arrays.asList(m.reflect().getAnnotation(Requires.class).value()));
            Set<Permission> checked = permissionsReached(m);
            String name = m.getOwner().getSimpleName() + "." + m.getName();
            if (checked.isEmpty()) {
                unchecked.put(name, declared.toString());
            } else if (!checked.containsAll(declared) || checked.size() == 1 && !declared.equals(checked)) {
                wrong.add(name + " declares " + declared + ", its services check " + checked);
            }
        }
        System.out.println("RequiresDeclaredTest: operations whose service's permission was not found by reading the"
                + " calls (checked by AuthorizationMatrixIT only): " + unchecked);
        assertEquals(List.of(), wrong);
    }

    /**
     * The permission constants read by the code the operation runs: the resource method and its own helpers, the
     * application services it calls (an interface by its implementations) and their helpers in the same class.
     */
    static Set<Permission> permissionsReached(JavaMethod operation) {
        Set<Permission> found = EnumSet.noneOf(Permission.class);
        Set<JavaCodeUnit> seen = new HashSet<>();
        List<JavaCodeUnit> todo = new ArrayList<>(List.of(operation));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.remove(todo.size() - 1);
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaFieldAccess access : unit.getFieldAccesses()) {
                if (access.getTargetOwner().isEquivalentTo(Permission.class)) {
                    Arrays.stream(Permission.values()).filter(p -> p.name().equals(access.getName()))
                            .forEach(found::add);
                }
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                boolean sameClass = owner.equals(unit.getOwner());
                boolean intoService = unit.getOwner().getPackageName().startsWith("io.redress.api")
                        && owner.getPackageName().startsWith("io.redress.")
                        && (owner.getPackageName().endsWith(".application") || owner.getPackageName().endsWith(".api"));
                if (!sameClass && !intoService) {
                    continue;
                }
                Set<JavaClass> owners = new HashSet<>(Set.of(owner));
                if (owner.isInterface()) {
                    owners.addAll(owner.getAllSubclasses());
                }
                for (JavaClass c : owners) {
                    c.getMethods().stream().filter(t -> t.getName().equals(call.getName())
                                    && t.getRawParameterTypes().equals(call.getTarget().getRawParameterTypes()))
                            .forEach(todo::add);
                }
            }
        }
        return found;
    }
}
