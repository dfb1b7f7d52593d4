/**
 * Tells the page that embeds this chart how tall it is, on load and whenever it
 * changes (the chart's width changed, a label wrapped): the dashboard's embed
 * script on that page (public/embed.js) sets the iframe's height from it, as
 * Datawrapper's responsive embeds do. Heights are not secret, so any parent may
 * read them; the script only believes messages from this origin.
 */
export function reportHeight(chartId: string): void {
  if (window.parent === window || typeof ResizeObserver === 'undefined') return;
  const root = document.getElementById('root');
  if (!root) return;
  let last = 0;
  const post = () => {
    // While a prerendered caption shows, the app's root is hidden: nothing to say yet.
    const height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
    if (root.offsetParent === null || height <= 0 || height === last) return;
    last = height;
    window.parent.postMessage({ 'disclosure-dashboard-height': { chart: chartId, height } }, '*');
  };
  new ResizeObserver(post).observe(root);
  window.addEventListener('load', post);
}
