// Applies the saved theme before first paint. The build inlines it into index.html, admitted by its hash in the CSP.
(function () {
  try {
    var choice = localStorage.getItem('theme') || 'system';
    var dark =
      choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.dataset.themeChoice = choice;
  } catch {
    document.documentElement.dataset.theme = 'light';
  }
})();
