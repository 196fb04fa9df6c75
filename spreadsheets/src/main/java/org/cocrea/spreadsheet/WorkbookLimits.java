package org.cocrea.spreadsheet;

/**
 * The bounds a workbook import holds to, since a workbook is hostile until proven otherwise: the file's size, the
 * bytes unzipped (counted as read), the compression ratio of any part, the number of ZIP parts, sheets, rows of a
 * sheet and cells, and the characters of one cell. The defaults hold an L exercise (2,000 commitments, about 12,000
 * milestones) with room to spare and keep an import within {@code -Xmx256m}.
 *
 * <pre>{@code
 * WorkbookLimits tight = new WorkbookLimits(4 << 20, 64 << 20, 100, 500, 64, 50_000, 1_000_000, 32_767);
 * BookImport book = Workbooks.importBook(Path.of("pal.xlsx"), tight);
 * }</pre>
 *
 * @param maxBytes the file's size, in bytes
 * @param maxUnzippedBytes the bytes of all parts once unzipped
 * @param maxRatio a part's unzipped size over its compressed size (counted after its first MiB)
 * @param maxEntries the ZIP's entries
 * @param maxSheets the workbook's sheets
 * @param maxRows the rows of one sheet
 * @param maxCells the cells of the whole workbook (and its shared strings)
 * @param maxCellChars the characters of one cell (Excel's own limit is 32,767)
 * @since 0.1.0
 */
public record WorkbookLimits(long maxBytes, long maxUnzippedBytes, int maxRatio, int maxEntries, int maxSheets,
    int maxRows, long maxCells, int maxCellChars) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a bound is below 1
   */
  public WorkbookLimits {
    if (maxBytes < 1 || maxUnzippedBytes < 1 || maxRatio < 1 || maxEntries < 1 || maxSheets < 1 || maxRows < 1
        || maxCells < 1 || maxCellChars < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }

  /**
   * The most memory the workbook's shared strings (the text cells' table, read first and held for the whole import)
   * may take in the heap, estimated as they are read: a third of {@link #maxUnzippedBytes()} (85 MiB with the
   * defaults), so that a table of millions of short strings, a few MB compressed, gives XLS-03 instead of exhausting
   * a 256 MB heap.
   *
   * <pre>{@code
   * long bytes = WorkbookLimits.defaults().maxSharedStringBytes();   // 89,478,485
   * }</pre>
   *
   * @return the bound, in bytes
   * @since 0.2.0
   */
  public long maxSharedStringBytes() {
    return maxUnzippedBytes / 3;
  }

  /**
   * The defaults: 32 MiB file, 256 MiB unzipped, ratio 200, 2,000 parts, 255 sheets, 250,000 rows a sheet, 5,000,000
   * cells, 32,767 characters a cell.
   *
   * @return the default limits, never null
   */
  public static WorkbookLimits defaults() {
    return new WorkbookLimits(32L << 20, 256L << 20, 200, 2000, 255, 250_000, 5_000_000L, 32_767);
  }
}
