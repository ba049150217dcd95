package org.mufakat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;

/**
 * Every route the application serves, read from its compiled JAX-RS resources (the classes under target/classes
 * with {@code @Path}), not from the OpenAPI document, which holds the API only: method, path (parameters as
 * {@code {name}}, without their patterns) and whether it takes a {@code page} query parameter.
 */
public final class Routes {

    public record Route(String method, String path, boolean paged) {
    }

    static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    private Routes() {
    }

    public static List<Route> all() {
        Path classes = Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/mufakat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Routes.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(new Route(verb, join(root.value(), sub == null ? "" : sub.value()), paged(m)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    /** The GET routes, each once. */
    public static List<Route> gets() {
        return all().stream().filter(r -> r.method().equals("GET")).distinct().toList();
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean paged(Method m) {
        for (Annotation[] annotations : m.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q && q.value().equals("page")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Fills {name} from the context; {id} by the segment before it ("rounds/{id}" is a round's id). */
    public static String fill(String route, Map<String, String> context, String replaced, String nonsense) {
        StringBuilder out = new StringBuilder();
        Matcher m = PARAM.matcher(route);
        int end = 0;
        while (m.find()) {
            String before = route.substring(0, m.start());
            out.append(before, end, before.length());
            String name = m.group(1);
            String value;
            if (name.equals(replaced)) {
                value = nonsense;
            } else if (name.equals("id")) {
                String[] segments = before.split("/");
                value = context.getOrDefault(segments.length == 0 ? "" : segments[segments.length - 1], "1");
            } else {
                value = context.getOrDefault(name, "1");
            }
            out.append(value);
            end = m.end();
        }
        return out.append(route.substring(end)).toString();
    }

    /** "/api/v1/rounds" + "{id: \\d+}/events" is "/api/v1/rounds/{id}/events". */
    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("\\{\\s*([\\w.-]+)\\s*:[^/]*}", "{$1}")
                .replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
