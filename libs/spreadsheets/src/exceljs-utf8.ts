import type { Readable } from 'node:stream';

/**
 * exceljs 4.4's streaming reader decodes every inflated chunk on its own (utils/parse-sax.js calls
 * TextDecoder.decode(chunk) without { stream: true }), so a Chinese character split across two chunks becomes
 * two U+FFFD. In a 100,000-row sheet of Chinese text that happens every few thousand rows. We hand its XML
 * parser strings decoded by a streaming decoder instead, which parse-sax passes through untouched.
 * If a future exceljs renames these internals the patch is skipped, and the U+FFFD check on every cell
 * still refuses damaged text rather than accepting it.
 */
interface ReaderInternals {
  _parseWorksheet?: (iterable: AsyncIterable<Buffer | string>, sheetNo: string) => AsyncGenerator<unknown>;
  _parseSharedStrings?: (entry: Readable) => AsyncGenerator<unknown>;
}

async function* utf8Chunks(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of iterable) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

export function decodeXmlAsUtf8Stream(reader: object): void {
  const r = reader as ReaderInternals;
  const parseWorksheet = r._parseWorksheet;
  const parseSharedStrings = r._parseSharedStrings;
  if (typeof parseWorksheet === 'function') {
    r._parseWorksheet = (iterable, sheetNo) => {
      // zips do not fix the order of their entries: when a sheet comes before xl/workbook.xml, exceljs reads
      // `model.sheets` of a model it has not parsed yet (only the sheet's name comes from it; we need none)
      (reader as { model?: object }).model ??= {};
      return parseWorksheet.call(reader, utf8Chunks(iterable), sheetNo);
    };
  }
  // The entry is a stream: with an encoding set, Node's StringDecoder keeps characters whole across chunks.
  if (typeof parseSharedStrings === 'function') r._parseSharedStrings = (entry) => parseSharedStrings.call(reader, entry.setEncoding('utf8'));
}
