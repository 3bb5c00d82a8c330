/**
 * Browser entry of the offline GraphiQL playground (bundled by scripts/build-playground.mjs).
 *
 * Everything this page needs is bundled and served from the same origin: no CDN, no web fonts
 * from the internet (GraphiQL's CSS ships its fonts as data: URIs), and the Monaco web workers
 * are separate same-origin files next to this bundle.
 *
 * This file is NOT part of the server's tsc build; it has its own tsconfig (./tsconfig.json).
 */
import { createGraphiQLFetcher, type Fetcher, type FetcherParams } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';
import { GraphiQL } from 'graphiql';
import { useGraphiQLActions } from '@graphiql/react';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';

/** One example operation, read from docs/queries/*.graphql at build time. */
interface PlaygroundExample {
  /** File name, e.g. `health.graphql`. */
  name: string;
  query: string;
  variables: string | null;
}

/** Injected by the build (esbuild `define`). */
declare const __PLAYGROUND_EXAMPLES__: PlaygroundExample[];
/** Short hash of the examples; namespaces the stored tab state so new examples show up after a rebuild. */
declare const __PLAYGROUND_EXAMPLES_HASH__: string;

// --- Monaco web workers -------------------------------------------------------------------------
// GraphiQL 5 edits with Monaco, which runs its language services in web workers. The worker
// scripts are built as separate same-origin files next to this bundle (see the build script), so
// no blob: or CDN worker is ever created. `import.meta.url` is this bundle's own URL, which keeps
// the page working when the service is mounted under a path prefix.
const workerUrl = (file: string): URL => new URL(file, import.meta.url);
(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'graphql':
        return new Worker(workerUrl('graphql.worker.js'));
      case 'json':
        return new Worker(workerUrl('json.worker.js'));
      default:
        return new Worker(workerUrl('editor.worker.js'));
    }
  },
};

// --- Optional API key --------------------------------------------------------------------------
// Kept in sessionStorage only (gone when the browser tab closes), sent as `x-api-key` on every
// request when set. A header typed into GraphiQL's own headers editor wins over this field.
const API_KEY_STORAGE = 'kg-playground:x-api-key';

function readApiKey(): string {
  try {
    return sessionStorage.getItem(API_KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function writeApiKey(value: string): void {
  try {
    if (value) sessionStorage.setItem(API_KEY_STORAGE, value);
    else sessionStorage.removeItem(API_KEY_STORAGE);
  } catch {
    // storage disabled: the key just lives for this page load
  }
}

let apiKey = readApiKey();

const baseFetcher = createGraphiQLFetcher({
  // Same origin, relative to the page (works at `/` and behind a path prefix).
  url: new URL('graphql', document.baseURI).toString(),
});

/**
 * GraphiQL 5 re-reads the operation name 100 ms after an edit or a tab switch, so a run inside that
 * window sends the previous tab's name ("Unknown operation named ..."). When the document has a
 * single operation and the name is not its own, send that operation's name instead.
 */
function withCurrentOperationName(params: FetcherParams): FetcherParams {
  if (!params.operationName) return params;
  let names: (string | undefined)[];
  try {
    names = parse(params.query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined));
  } catch {
    return params; // let the server report the syntax error
  }
  if (names.length !== 1 || names.includes(params.operationName)) return params;
  return { ...params, operationName: names[0] ?? null };
}

const fetcher: Fetcher = (params, opts) =>
  baseFetcher(withCurrentOperationName(params), {
    ...opts,
    headers: { ...(apiKey ? { 'x-api-key': apiKey } : {}), ...opts?.headers },
  });

function ApiKeyField() {
  const { introspect } = useGraphiQLActions();
  const [value, setValue] = useState(apiKey);
  const first = useRef(true);

  // Re-fetch the schema once the key settles: the server may refuse introspection without it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = setTimeout(() => void introspect(), 600);
    return () => clearTimeout(timer);
  }, [value, introspect]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    apiKey = event.target.value.trim();
    writeApiKey(apiKey);
    setValue(event.target.value);
  };

  // A <form> only so the browser treats this as a proper password field; it never submits.
  return (
    <form className="kg-api-key" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="kg-api-key">x-api-key</label>
      <input id="kg-api-key" type="password" autoComplete="off" spellCheck={false} placeholder="optional API key" value={value} onChange={onChange} />
    </form>
  );
}

// --- Tabs --------------------------------------------------------------------------------------
// One tab per docs/queries/*.graphql file. GraphiQL 5 derives a tab's title from the operation
// name and recomputes it on every edit (there is no prop to set it), so the file name is put in a
// leading comment line instead; name each example's operation after its file for matching titles.
const FALLBACK_EXAMPLE: PlaygroundExample = {
  name: 'health.graphql',
  query: 'query Health {\n  health {\n    status\n    neo4jVersion\n  }\n}\n',
  variables: null,
};

const examples = __PLAYGROUND_EXAMPLES__.length > 0 ? __PLAYGROUND_EXAMPLES__ : [FALLBACK_EXAMPLE];
const defaultTabs = examples.map((example) => ({
  query: `# ${example.name}\n${example.query.trimEnd()}\n`,
  variables: example.variables,
}));

/**
 * localStorage with GraphiQL's tab state stored under a key that includes the examples' hash, so a
 * rebuild with new or changed example files starts from the new default tabs. Everything else
 * (query history, theme, ...) keeps its usual key.
 */
function createStorage(): Storage | undefined {
  let local: Storage;
  try {
    local = window.localStorage;
    local.getItem('graphiql:probe');
  } catch {
    return undefined; // GraphiQL then keeps its state in memory
  }
  const mapKey = (key: string) => (key === 'graphiql:tabState' ? `${key}:${__PLAYGROUND_EXAMPLES_HASH__}` : key);
  return {
    getItem: (key) => local.getItem(mapKey(key)),
    setItem: (key, value) => local.setItem(mapKey(key), value),
    removeItem: (key) => local.removeItem(mapKey(key)),
    clear: () => {
      for (const key of Object.keys(local)) if (key.startsWith('graphiql:')) local.removeItem(key);
    },
    key: (index) => local.key(index),
    get length() {
      return local.length;
    },
  };
}

const storage = createStorage();

function Playground() {
  return (
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} storage={storage}>
      <GraphiQL.Logo>News KG</GraphiQL.Logo>
      <GraphiQL.Footer>
        <ApiKeyField />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql container missing from index.html');
createRoot(container).render(<Playground />);
