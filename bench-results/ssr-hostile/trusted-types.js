// Default Trusted Types policy (why: scripts/vite-plugins.ts): same-origin script URLs only; no HTML, no script.
(function (tt) {
  if (tt && tt.createPolicy)
    tt.createPolicy('default', {
      createScriptURL: function (url) {
        var u = new URL(url, location.href);
        if (u.origin === location.origin) return u.href;
        throw new TypeError('Trusted Types: a script URL from ' + u.origin + ' is refused');
      },
    });
})(window.trustedTypes);
