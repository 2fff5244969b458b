import { CodeEditor } from '../../editor/CodeEditor.tsx';
import { useWorkspace } from '../../app/workspace.tsx';
import { decodeParts } from './decodeParts.ts';

function pretty(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export function DecodePage() {
  const { decoder, updateDecoder } = useWorkspace();
  const parts = decodeParts(decoder.token);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-2">
        <label className="text-sm font-medium" htmlFor="token-editor">
          Encoded token
        </label>
        <CodeEditor
          ariaLabel="Token"
          value={decoder.token}
          onChange={(token) => updateDecoder({ token })}
          height={320}
          placeholder="Paste a JWT, JWS or JWE"
        />
        {parts.error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {parts.error}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-4">
        <section role="region" aria-label="Header" className="rounded-md border border-slate-300 p-2 dark:border-slate-700">
          <h2 className="text-sm font-semibold">Header</h2>
          <pre className="mono overflow-auto text-sm">{parts.header === undefined ? '' : pretty(parts.header)}</pre>
        </section>
        <section role="region" aria-label="Payload" className="rounded-md border border-slate-300 p-2 dark:border-slate-700">
          <h2 className="text-sm font-semibold">Payload</h2>
          <pre className="mono overflow-auto text-sm">{parts.payload === undefined ? '' : pretty(parts.payload)}</pre>
        </section>
      </div>
    </div>
  );
}
