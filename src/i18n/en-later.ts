/**
 * English strings of parts drawn after the first screen (the provenance drawer, the report's text, charts'
 * tooltips, a panel's ZIP): added to the bundled
 * English (addEnglish) by the chunks that show them, so the first screen's script does not carry them.
 */
export const enLater = {
  'export.readme':
    'Charts and figures from the disclosure dashboard\n\nPanel: {panel}\nReport: {report}\nView: {url}\nFilters: {filters}\nRetrieved: {date}\n\nEach chart is here as PNG (2x) and SVG, with its title, filters, notes, legend and source line. facts.csv lists every figure of the panel with its quote from the report and where the quote sits in the report text (a character offset).\n\nFiles:\n{files}\n',
  'provenance.title': 'Where this figure comes from',
  'provenance.section': 'Section',
  'provenance.written': 'As written',
  'provenance.page': 'Page (PDF)',
  'provenance.unit': 'Unit',
  'provenance.flags': 'Flags',
  'provenance.ordinal': 'a rank, not a count',
  'provenance.context': 'In the report',
  'provenance.close': 'Close',
  'provenance.noSource': 'This dataset has no source text; the quote alone is shown.',
  'provenance.offsets': 'characters {start}–{end} of the source text',
  'provenance.relations': 'Checks that use this figure',
  'chart.selectHint': 'Click to select it on every chart.',
  'provenance.sourceFailed': 'The report text could not be loaded; the quote alone is shown.',
  'reading.title': 'The report’s text',
  'reading.intro':
    'The report as published. Every number that is a figure of the dataset links to its chart or card; numbers that are not figures are marked apart; figures found by the importer and not yet checked are marked as drafted. The text is shown as written, in Chinese.',
  'reading.noText': 'This report came without its text.',
  'reading.counts': '{figures} numbers linked to figures; {others} numbers that are not figures.',
  'reading.legend': 'How numbers are marked',
  'reading.legendFigure': 'a figure: opens its chart or card',
  'reading.legendDrafted': 'a drafted figure',
  'reading.legendNumeral': 'a number that is not a figure',
  'reading.search': 'Search the text',
  'reading.previous': 'Previous',
  'reading.next': 'Next',
  'reading.matches': '{at} of {n}',
  'reading.checks': 'Checks: {holds} hold, {fails} do not.',
  'reading.noChecks': 'No check reads it.',
  'reading.missing': 'Parts the source text lacks',
  'reading.inContext': 'Read it in the report’s text',
  'provenance.converted': 'The quote is converted to the characters of this page.',
  'provenance.showOriginal': 'Show the original',
  'provenance.showConverted': 'Show converted',
  // A tooltip's hint says what the reader's own input does (click, Enter, tap) and what it does now.
  'chart.hint.select.keyboard': 'Press Enter to select it on every chart.',
  'chart.hint.select.touch': 'Tap to select it on every chart.',
  'chart.hint.selected.pointer': 'Selected on every chart: click again or press Escape to clear.',
  'chart.hint.selected.keyboard': 'Selected on every chart: press Enter again or Escape to clear.',
  'chart.hint.selected.touch': 'Selected on every chart: tap again to clear.',
  'trends.openHint.keyboard': 'Press Enter to open that year’s report at this number.',
  'trends.openHint.touch': 'Tap to open that year’s report at this number.',
  'export.sumLabel': '{chart}: total of the bars shown, computed (the report does not state it)',
};
