/**
 * English strings of parts drawn after the first screen (the provenance drawer, …): added to the bundled
 * English (addEnglish) by the chunks that show them, so the first screen's script does not carry them.
 */
export const enLater = {
  'provenance.converted': 'The quote is converted to the characters of this page.',
  'provenance.showOriginal': 'Show the original',
  'provenance.showConverted': 'Show converted',
};
