// A link whose fragment or query holds a token over 100 000 characters (LARGE_TOKEN, src/shared/large-token.ts)
// leaves the address as soon as the document exists, before any module is fetched. The build inlines this
// script into index.html (admitted by its hash in the CSP). While the address holds a megabyte, the browser's
// own main thread spends seconds on it (a trace of a 1 MB link: ~2 s updating its window after the page
// committed), and the app's chunk request waited behind that; taken out here, the app is ready ~2 s sooner and
// the entry's longest task is ~100 ms shorter (issue 23). The address as it was is handed
// to src/app/url-token.ts in window.__largeLinkAddress: it reads the token from there and puts back into the
// address whatever was not the token. Anything else (an ordinary link, a long address with no token key) is left
// to url-token.ts.
(function () {
  try {
    var hash = location.hash;
    var search = location.search;
    if (hash.length + search.length <= 100000) return;
    var keyed = function (text, first, keys) {
      for (var i = 0; i < keys.length; i++)
        if (
          text.slice(0, keys[i].length + 2) === first + keys[i] + '=' ||
          text.indexOf('&' + keys[i] + '=') >= 0
        )
          return true;
      return false;
    };
    if (!keyed(hash, '#', ['token', 'id_token', 'access_token']) && !keyed(search, '?', ['token'])) return;
    window.__largeLinkAddress = { hash: hash, search: search };
    // In a task of its own (the replaceState of a megabyte address takes ~150 ms), unless the app has already
    // written the address itself.
    setTimeout(function () {
      if (window.__largeLinkAddress) history.replaceState(history.state, '', location.pathname);
    }, 0);
  } catch {
    // url-token.ts then takes the token out itself.
  }
})();
