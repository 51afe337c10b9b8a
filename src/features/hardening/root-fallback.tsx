// What the root error boundary shows: the error and a token box that starts the app again.
import { hardeningMessages } from '../../i18n/en/hardening';
import { useMessages } from '../../i18n/use-messages';

export default function RootFallback({
  message,
  onRestart,
}: {
  message: string;
  onRestart: (token: string | undefined) => void;
}) {
  const t = useMessages(hardeningMessages);
  return (
    <main className="app app-crashed">
      <div className="panel panel-crashed" role="alert" data-testid="app-error">
        {t.pageCrashed({ message: message || t.unknownError })}{' '}
        <button type="button" onClick={() => onRestart(undefined)}>
          {t.startAgain}
        </button>
      </div>
      <label className="panel">
        {t.encodedToken}
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
