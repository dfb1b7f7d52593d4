/*
 * For a page that embeds the disclosure dashboard's charts: each chart's iframe
 * says how tall its content is (on load and when it changes) and this sets the
 * iframe's height, so a chart is never cut at the bottom, whatever the page's
 * width. Only messages from the dashboard's own origin are read.
 */
(function () {
  if (window.__disclosureEmbeds) return;
  window.__disclosureEmbeds = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  window.addEventListener('message', function (e) {
    if (!origin || e.origin !== origin) return;
    var said = e.data && e.data['disclosure-dashboard-height'];
    var height = said && Number(said.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++)
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(height) + 'px';
  });
})();
