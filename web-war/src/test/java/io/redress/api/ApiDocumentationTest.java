package io.redress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.api.support.OpenApiDocument;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS operation of the API declares what {@code /openapi} needs to describe it: a body it reads is
 * declared with its schema (bodies are read by hand with JsonBody, so nothing else would show them), and each
 * operation has a unique operationId, a description and a tag.
 */
class ApiDocumentationTest {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Test
    void everyOperationThatReadsABodyDeclaresItsSchema() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (Method m : operations()) {
            for (Parameter p : m.getParameters()) {
                if (Stream.of(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                    RequestBody body = p.getAnnotation(RequestBody.class);
                    boolean declared = body != null && body.content().length > 0
                            && body.content()[0].schema().implementation() != Void.class;
                    if (!declared) {
                        undeclared.add(name(m));
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared, "operations reading a body without @RequestBody(content = @Content(schema ="
                + " @Schema(implementation = ...))): /openapi would not show what they accept");
    }

    @Test
    void everyOperationHasAUniqueOperationIdADescriptionAndATag() throws Exception {
        List<Method> operations = operations();
        assertTrue(operations.size() > 30, "found the resources: " + operations.size());
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Method m : operations) {
            Operation op = m.getAnnotation(Operation.class);
            if (op == null || op.operationId().isBlank() || op.description().isBlank() || op.summary().isBlank()) {
                problems.add(name(m) + ": @Operation with operationId, summary and description");
            } else if (ids.put(op.operationId(), name(m)) != null) {
                problems.add(name(m) + ": operationId " + op.operationId() + " also on " + ids.get(op.operationId()));
            }
            if (!m.getDeclaringClass().isAnnotationPresent(Tag.class) && !m.isAnnotationPresent(Tag.class)) {
                problems.add(name(m) + ": no @Tag on the method or its class");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOperationThatAnswersAResponseObjectDeclaresItsSuccessAnswers() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (Method m : operations()) {
            boolean opaque = m.getReturnType() == jakarta.ws.rs.core.Response.class || m.getReturnType() == Object.class;
            if (opaque && Stream.of(m.getAnnotationsByType(APIResponse.class)).noneMatch(r -> r.responseCode().startsWith("2"))) {
                undeclared.add(name(m));
            }
        }
        assertEquals(List.of(), undeclared, "the document cannot tell what these answer: declare a 2xx @APIResponse");
    }

    @Test
    void theDocumentFilterKnowsEveryResource() throws Exception {
        Set<Class<?>> resources = new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
        operations().forEach(m -> resources.add(m.getDeclaringClass()));
        Set<Class<?>> listed = new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
        listed.addAll(OpenApiDocument.RESOURCES);
        assertEquals(resources, listed, "OpenApiDocument.RESOURCES must list every resource");
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    /** The resource methods of every root resource class compiled into web-war's {@code io.redress.api}. */
    static List<Method> operations() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(RedressApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> out = new ArrayList<>();
        List<java.nio.file.Path> classFiles;
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/redress/api"))) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        for (java.nio.file.Path file : classFiles) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, ApiDocumentationTest.class.getClassLoader());
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Stream.of(m.getAnnotations()).anyMatch(a -> HTTP_METHODS.contains(a.annotationType()))) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
