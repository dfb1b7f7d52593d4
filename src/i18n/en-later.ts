/**
 * English strings of parts drawn after the first screen (the provenance drawer, …): added to the bundled
 * English (addEnglish) by the chunks that show them, so the first screen's script does not carry them.
 */
export const enLater = {
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
