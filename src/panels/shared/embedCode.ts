/**
 * An iframe and the dashboard's small embed script: the chart posts its height
 * and the script sets the iframe's, so it fits any column. Without the script
 * (a site that strips scripts) the iframe keeps this height, the figure's now
 * plus room for the link under it; its title and source sit at its top, so a
 * cut bottom never loses the attribution.
 */
export function embedCode(url: string, title: string, chartId: string): string {
  const figure = document.querySelector<HTMLElement>(`figure[data-chart-id="${CSS.escape(chartId)}"]`);
  const height = Math.max(320, Math.ceil((figure?.offsetHeight ?? 400) + 60));
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const script = new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.origin).href;
  return `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe><script async src="${esc(script)}"></script>`;
}
