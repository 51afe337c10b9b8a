// The current time in Unix seconds, ticking once a second while claims are judged live.
import { useEffect, useState } from 'react';

export function useNow(live: boolean): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    if (!live) return;
    const tick = () => setNow(Math.floor(Date.now() / 1000));
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [live]);
  return now;
}
