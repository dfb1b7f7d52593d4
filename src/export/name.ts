/** "luzhou-2018-posts-by-level-channel-weibo.png": what it is, under which filters. */
export function exportName(parts: readonly (string | null | undefined)[], ext: string, suffix = ''): string {
  const stem = parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'export'}${suffix}.${ext}`;
}
