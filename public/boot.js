/* Replaced in the build by scripts/prerender.ts (with the list of prerendered first screens); in development it only sets the theme early. */
(function () {
  try {
    var theme = localStorage.getItem('disclosure-dashboard.theme');
    if (theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches))
      document.documentElement.classList.add('dark');
  } catch {
    /* private mode: the app sets the theme */
  }
})();
