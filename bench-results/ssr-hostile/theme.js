// Applies the saved theme before first paint (an external file, since the CSP forbids inline script).
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
