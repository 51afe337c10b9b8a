// Drop a file onto a text box: its text replaces the box's content (a token file, a PEM, a JWK or JWKS).
import type { DragEvent } from 'react';

// Tokens and keys are small; refuse anything that could only be a mistake (a photo, an archive).
const MAX_DROP_BYTES = 5 * 1024 * 1024;

/** Handlers for a text box that accepts a dropped file; plain dragged text keeps the browser's behaviour. */
export function fileDropHandlers(onText: (text: string) => void) {
  const hasFile = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return {
    onDragOver(e: DragEvent<HTMLElement>) {
      if (!hasFile(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      e.currentTarget.classList.add('drop-target');
    },
    onDragLeave(e: DragEvent<HTMLElement>) {
      e.currentTarget.classList.remove('drop-target');
    },
    onDrop(e: DragEvent<HTMLElement>) {
      e.currentTarget.classList.remove('drop-target');
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      if (file.size > MAX_DROP_BYTES) return;
      void file.text().then(onText);
    },
  };
}
