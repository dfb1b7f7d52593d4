/**
 * Which prerendered screen stands for a URL: its parameters (all but `lang`),
 * in a fixed order, as a file name. Written once, as the source the boot
 * script inlines, and evaluated here for the build's file names, so the two
 * can never disagree. '' when the URL has a parameter no screen stands for, or
 * one twice.
 */
export const SCREEN_PARAMS = [
  'view',
  'body',
  'year',
  'indicator',
  'area',
  'channel',
  'category',
  'level',
  'applicant',
  'outcome',
  'data',
] as const;

export const SCREEN_KEY_SOURCE = `function (p) {
  var order = ${JSON.stringify(SCREEN_PARAMS)};
  var parts = [];
  var ok = true;
  p.forEach(function (v, k) {
    if (k !== 'lang' && order.indexOf(k) < 0) ok = false;
  });
  for (var i = 0; ok && i < order.length; i++) {
    var all = p.getAll(order[i]);
    if (all.length > 1) ok = false;
    else if (all.length === 1) parts.push(order[i] + '-' + all[0]);
  }
  if (!ok) return '';
  var key = parts.join('.').replace(/[^A-Za-z0-9.,_-]/g, '_');
  return key === '' ? 'overview' : key.length > 180 ? '' : key;
}`;

// The boot script's own source, evaluated once at build time.
export const screenKey = new Function(`return ${SCREEN_KEY_SOURCE}`)() as (p: URLSearchParams) => string;
