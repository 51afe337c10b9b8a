// Header and payload editors (Monaco, lazy) with the header's registered parameters explained beside them.
import { useRegistry } from '../../shared/use-registry';
import { LazyCodeEditor, type CodeEditorProps } from '../../shared/code-editor/lazy-code-editor';
import { CopyButton } from '../../shared/copy-button';
import { partHighlightHandlers } from '../../shared/part-highlight';
import { tokenMessages } from '../../i18n/en/token';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

export interface ClaimsEditorsProps {
  headerText: string;
  payloadText: string;
  headerError?: string;
  payloadError?: string;
  headerNames: string[];
  payloadIsJson: boolean;
  /** An encrypted token: the header and the decrypted payload are shown, not edited. */
  readOnly?: boolean;
  /** A JWS or JWE in JSON serialization: shown (the first signature's or recipient's JOSE header), not edited. */
  jsonSerialized?: boolean;
  theme: 'light' | 'dark';
  onHeaderEdited: (text: string) => void;
  onPayloadEdited: (text: string) => void;
}

const describeJsonError = (error: string, t: MessagesOf<typeof tokenMessages>) =>
  error === 'not-an-object' ? t.notAnObject : t.notJson({ error });

type Part = 'header' | 'payload';

// The contract's test ids (docs/ui-contract.md), written out so that a search for one finds it here.
const TEST_IDS = {
  header: { editor: 'header-editor', error: 'header-json-error', copy: 'copy-header' },
  payload: { editor: 'payload-editor', error: 'payload-json-error', copy: 'copy-payload' },
} as const;

/** A part's heading (the editor's label, by id) and its copy button. */
function PartTitle({
  part,
  heading,
  copyLabel,
  text,
}: {
  part: Part;
  heading: string;
  copyLabel: string;
  text: string;
}) {
  return (
    <div className="panel-title">
      <h2 id={`${part}-heading`}>{heading}</h2>
      <CopyButton text={() => text} label={copyLabel} testId={TEST_IDS[part].copy} disabled={!text} />
    </div>
  );
}

/** A part's editor, labelled by its heading (hovering it highlights the part), and why its text is refused. */
function PartEditor({
  part,
  text,
  error,
  ...editor
}: { part: Part; text: string; error?: string } & Pick<
  CodeEditorProps,
  'language' | 'ariaLabel' | 'readOnly' | 'theme' | 'onChange'
>) {
  return (
    <>
      <div
        className={`editor-box ${part}-box`}
        data-testid={TEST_IDS[part].editor}
        role="group"
        aria-labelledby={`${part}-heading`}
        {...partHighlightHandlers(part)}
      >
        <LazyCodeEditor name={part} value={text} {...editor} />
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid={TEST_IDS[part].error}>
          {error}
        </p>
      )}
    </>
  );
}

export function ClaimsEditors(input: ClaimsEditorsProps) {
  const t = useMessages(tokenMessages);
  const props = input.jsonSerialized ? { ...input, readOnly: true } : input;
  const registry = useRegistry();
  const registered = registry
    ? props.headerNames.map((n) => registry.describeHeaderName(n)).filter((x) => x !== undefined)
    : [];
  return (
    <section className="panel editors" aria-label={t.editorsLabel}>
      <PartTitle part="header" heading={t.header} copyLabel={t.copyHeader} text={props.headerText} />
      <PartEditor
        part="header"
        text={props.headerText}
        ariaLabel={t.headerEditor}
        readOnly={props.readOnly}
        theme={props.theme}
        onChange={props.onHeaderEdited}
        error={props.headerError && t.headerError({ problem: describeJsonError(props.headerError, t) })}
      />
      {registered.length > 0 && (
        <dl className="header-legend" data-testid="header-legend">
          {registered.map((r) => (
            <div key={r.name} title={r.description}>
              <dt>
                <code>{r.name}</code>
              </dt>
              <dd>
                {r.title}: {r.description}{' '}
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.spec}
                </a>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <PartTitle part="payload" heading={t.payload} copyLabel={t.copyPayload} text={props.payloadText} />
      {props.readOnly && (
        <p className="hint" data-testid="payload-read-only-note">
          {input.jsonSerialized ? t.jsonSerializedNote : t.payloadReadOnly}
        </p>
      )}
      <PartEditor
        part="payload"
        text={props.payloadText}
        language={props.payloadIsJson ? 'json' : 'plaintext'}
        ariaLabel={t.payloadEditor}
        readOnly={props.readOnly}
        theme={props.theme}
        onChange={props.onPayloadEdited}
        error={props.payloadError && t.payloadError({ problem: describeJsonError(props.payloadError, t) })}
      />
    </section>
  );
}
