// The baseline's module script (index.html has taken the link out of the address already): marks the page ready.
const ready = document.createElement('p');
ready.id = 'ready';
ready.textContent = 'ready';
document.body.append(ready);
