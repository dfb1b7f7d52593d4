/**
 * English strings of the checks report and the review board: added to the
 * bundled English (addEnglish) by the chunks that show them, so the first
 * screen's script does not carry them. The Chinese catalogues hold every string.
 */
export const enReview = {
  'review.export': 'Checks report',
  'review.exportRest': ': every finding to send back, as Word, CSV or print',
  'review.docx': 'Word (.docx)',
  'review.csv': 'CSV',
  'review.print': 'Print layout',
  'review.printNow': 'Print',
  'review.back': 'Back to the checks',
  'review.title': 'Checks report: {title}',
  'review.body': 'Body',
  'review.year': 'Year',
  'review.source': 'Source',
  'review.checked': 'Checked on',
  'review.version': 'Checked with',
  'review.versionValue': 'Government information disclosure dashboard {version}',
  'review.summary':
    '{errors} {errors|error|errors} in the report, {confirm} to confirm, {across} across years, {incomplete} {incomplete|part|parts} not read, {notRun} {notRun|check|checks} not run; {hold} {hold|check holds|checks hold}.',
  'review.none': 'Every check that could run holds.',
  'review.kind.arithmetic': 'Error in the report: its figures do not add up',
  'review.kind.text-vs-table': 'Please confirm: the text may count a different scope',
  'review.kind.across-years': 'Across years: does not match last year’s report',
  'review.kind.incomplete': 'Incomplete: this part was not read',
  'review.kind.not-run': 'Not run: a figure it reads is not in the report as read',
  'review.col.kind': 'Kind',
  'review.col.figureCheck': 'Figure (row × column) and check',
  'review.col.quoteWhere': 'Quote (where)',
  'review.where.page': 'page {page}, character {offset}',
  'review.where.offset': 'character {offset}',
  'review.notRun': 'Checks not run ({n}): a figure they read is not in the report as read',
  'review.incomplete': 'Parts not read ({n}): their checks could not run',
} as const;
