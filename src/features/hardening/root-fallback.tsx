// What the root error boundary shows: the error and a token box that starts the app again.

export default function RootFallback({
  message,
  onRestart,
}: {
  message: string;
  onRestart: (token: string | undefined) => void;
}) {
  return (
    <main className="app app-crashed">
      <div className="panel panel-crashed" role="alert" data-testid="app-error">
        The page hit a bug ({message || 'unknown error'}). Paste a token to start again; nothing was sent
        anywhere.{' '}
        <button type="button" onClick={() => onRestart(undefined)}>
          Start again
        </button>
      </div>
      <label className="panel">
        Encoded token
        <textarea
          data-testid="token-input"
          className="token-input"
          spellCheck={false}
          onChange={(e) => onRestart(e.currentTarget.value)}
        />
      </label>
    </main>
  );
}
