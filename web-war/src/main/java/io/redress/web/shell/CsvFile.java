package io.redress.web.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a CSV file a spreadsheet program opens as it is: UTF-8 with a byte order mark (without it Excel reads
 * Japanese as mojibake), RFC 4180 quoting, CRLF line ends, a header row. A text cell that a spreadsheet would take for
 * a formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe: a customer's post is not code.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();
    private final int columns;
    private int rows;

    public CsvFile(List<String> header) {
        this.columns = header.size();
        line(new ArrayList<>(header));
    }

    /** One row, as many cells as the header; numbers as they are, everything else as text. */
    public CsvFile row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        line(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        rows++;
        return this;
    }

    /** The rows written, without the header. */
    public int rows() {
        return rows;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 3);
        try {
            out.write(BOM);
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Answers the current postback with the file as a download named {@code name}-YYYY-MM-DD.csv. */
    public void send(FacesContext faces, String name) {
        ExternalContext external = faces.getExternalContext();
        byte[] content = bytes();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "-"
                + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void line(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        // a semicolon or a tab quoted too: where the list separator is ';' (French Excel) it would start a new cell
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
