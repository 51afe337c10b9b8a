// The light view of an editor's text: shown at once (before Monaco has loaded, and while it starts), laid out
// like Monaco's text (same font, size, line height and left edge) so that Monaco replaces it without a jump.
// It shows the start of a long text only: laying out a megabyte of text is what the deferral avoids.
import './read-only-view.css';

const SHOWN = 20_000;

export function ReadOnlyView({ text, ariaLabel }: { text: string; ariaLabel: string }) {
  return (
    // A read-only text box to assistive technology, named as the editor that replaces it (aria-label is not
    // allowed on a bare <pre>).
    <pre
      className="editor-fallback read-only-view"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={ariaLabel}
    >
      {text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text}
    </pre>
  );
}
