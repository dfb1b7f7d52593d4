/**
 * The importer's notes and refusals in English: message ids with parameters
 * (src/import/notes.ts), said in the reader's language wherever they are shown
 * and in English on the command line. Added to the bundled English by the
 * chunks that show them; the Chinese catalogues hold every string.
 */
export const enImport = {
  'local.banner':
    'You are looking at a local file, “{name}”. It is not on the site, so a link to this view will not open it for anyone else.',
  'data.default': 'Back to the default report',
  'error.title': 'The report could not be opened',
  'import.partial': 'Open what could be read (marked incomplete)',
  'import.notes': 'What the importer noted about this file ({n})',
  'importer.twice': '{id} is given twice; the first is kept ({section}).',
  'importer.noLabel': 'A row of {n} values in {section} has no label: {values}.',
  'importer.labelNotNeeded': 'Part IV: the label “{label}” before the values was not needed.',
  'importer.unknownLabel':
    'The table label “{label}” ({section}) is not one the standard tables print; its values: {values}.',
  'importer.ambiguousRow': 'Row “{label}” could be in more than one group of Part III; its values: {values}.',
  'importer.rowCount': 'Row “{label}” of {section} has {n} values where {expected} are expected: {values}.',
  'importer.noHeader': 'Row “{label}” of {section} has no header naming its columns; its values: {values}.',
  'importer.noCell': '{section} has no standard cell for row “{label}” under “{column}”.',
  'importer.reviewsCount': 'A row of Part IV has {n} values where 15 (or 5 under a caption) are expected: {values}.',
  'importer.restated': 'The text says {value} 件 (“{clause}”) where the table’s {row} is {table}; the check fails.',
  'importer.oldRow': 'The statistics table’s row “{label}” has no known meaning; kept as old.{slug}.',
  'importer.noDate': 'The publication date was not found; the dataset gives none.',
  'importer.charset': 'The page declares charset “{charset}” but is not valid in it; read as UTF-8 or GB18030.',
  'importer.pagesNoText':
    '{n|Page|Pages} {pages} of {total} {n|has|have} no text layer (scanned?); {n|its|their} content is missing.',
  'importer.refuse.rows': '{n} table {n|row|rows} could not be read:',
  'importer.refuse.notReport':
    'This does not look like an annual report on government information disclosure (政府信息公开工作年度报告): its title does not say so and none of the standard tables was found.',
  'importer.refuse.noYear': 'The report year could not be read from the title, the text or the file name.',
  'importer.refuse.noFigures': 'The report holds no figures the importer can read.',
  'importer.refuse.schema': 'The imported dataset does not pass the schema ({n} errors): {first}',
  'importer.refuse.docx':
    'This Word document could not be opened ({error}). Save it again as .docx, or as a PDF with text.',
  'importer.refuse.noText': 'The file holds no text.',
  'importer.refuse.empty': 'The file is empty.',
  'importer.refuse.encoding': 'The file is not text in UTF-8 or GBK/GB18030.',
  'importer.refuse.binary': 'The file is binary, not a web page or text.',
  'importer.refuse.pdfPassword': 'This PDF is encrypted with a password; save an unprotected copy and import that.',
  'importer.refuse.pdfCorrupt': 'This file is not a readable PDF (corrupt or truncated): {error}',
  'importer.refuse.pdfOpen': 'This PDF could not be opened: {error}',
  'importer.refuse.pdfRead': 'This PDF could not be read: {error}',
  'importer.refuse.pdfReader': 'The PDF reader could not be loaded: {error}',
  'importer.refuse.pdfNoText':
    'This PDF has no text layer (it looks like a scan or images of pages): run OCR on it first, then import the result.',
  'importer.refuse.pdfLayout': 'This PDF’s layout could not be read: {error}',
  'importer.refuse.noBody': 'The page has no <body>.',
  'importer.refuse.noReadable': 'The page holds no readable text.',
} as const;
