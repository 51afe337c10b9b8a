// Applies the saved theme and the page's language before first paint, so that the shell in index.html paints in
// the right colours and words. The build inlines it into index.html, admitted by its hash in the CSP. The
// language is chosen as src/i18n/locale.ts chooses it (a saved choice, else the first of the browser's
// languages the page speaks: any zh* is zh-CN); locale.test.ts runs this script against pickLanguage.
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
  try {
    var language = localStorage.getItem('language');
    if (language !== 'en' && language !== 'zh-CN') {
      language = 'en';
      var tags =
        navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      for (var i = 0; i < tags.length; i++) {
        var tag = String(tags[i]).toLowerCase();
        if (tag === 'zh' || tag.indexOf('zh-') === 0) {
          language = 'zh-CN';
          break;
        }
        if (tag === 'en' || tag.indexOf('en-') === 0) break;
      }
    }
    document.documentElement.lang = language;
  } catch {
    // the app sets <html lang> when it starts
  }
})();
