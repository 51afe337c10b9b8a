// Takes the link out of the address (as src/app/url-token.ts does for a long one), then marks the page ready.
history.replaceState(null, '', location.pathname);
const ready = document.createElement('p');
ready.id = 'ready';
ready.textContent = 'ready';
document.body.append(ready);
