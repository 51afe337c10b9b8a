// The entry: paints a #token= link's first verdict into index.html's shell (first-verdict.ts), lets the browser
// show it, then loads and mounts the React app (mount.tsx), whose chunk is requested only then (fetched and
// compiled sooner, it delayed that verdict on a slow CPU).
import { paintFirstVerdict } from './app/first-verdict';
import { removeLargeTokenFromUrl } from './app/url-token';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // The shell's first frame drew the header and the token pane; the rest is drawn from the next (index.html).
  root.querySelector('.shell-first')?.classList.remove('shell-first');
  const start = () => void import('./app/mount').then(({ mount }) => mount(root));
  // A large token has left the address bar already (public/large-link.js); what was not the token goes back
  // before the app loads, in a task of its own (url-token.ts says why).
  const leave = () => (removeLargeTokenFromUrl() ? setTimeout(start, 0) : start());
  // A frame for the painted verdict, then a task: the app's evaluation does not hold that paint back.
  if (paintFirstVerdict(root)) requestAnimationFrame(() => setTimeout(leave, 0));
  else leave();
}
