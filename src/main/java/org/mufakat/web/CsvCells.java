package org.mufakat.web;

/**
 * The one rule for cells of the CSV files people open in spreadsheet programs: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe and stays text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
