package org.briefgen.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Streams a pretty-printed JSON array of objects to a command's output, one item at a time. */
final class JsonArray {
    /** Writes the fields of one object (the object's braces are written around it). */
    interface Item<T> {
        void write(T item, JsonGenerator g) throws IOException;
    }

    private JsonArray() {
    }

    static <T> void write(Iterable<T> items, PrintWriter out, Item<T> item) {
        try {
            JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (T t : items) {
                g.writeStartObject();
                item.write(t, g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
