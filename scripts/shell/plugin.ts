/**
 * The build's index.html paints the page before the app's code has arrived: every plain address
 * (the start page, each scenario, in English and Korean) is prerendered by the app's own React
 * components (render.tsx), and an inline boot script (boot.js) shows the one the address asks for,
 * then loads the app once it has been painted. The app takes the page over when its first render
 * matches it (src/start.tsx). Build only: `vite dev` serves index.html as it is.
 */
import type { Plugin } from 'vite';
import { createServer } from 'vite';
import { boot, pickShell } from './boot.js';
import type * as Render from './render.tsx';

type Bundle = NonNullable<Parameters<Extract<Plugin['generateBundle'], (...a: never[]) => unknown>>[1]>;
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

/** Chunks the entry imports at once (its second task, src/start.tsx): fetched beside it. */
const EARLY = ['/src/start.tsx'];
/** The chunks the app asks for at once besides its own code: the scenarios and the tutorial
 *  panel (its first render waits for them when it takes a prerendered page over), then, at low
 *  priority, the simulator. Fetched just after the entry. */
const NEXT = ['/src/scenarios/index.ts', '/src/ui/tutorial/TutorialPanel.tsx'];
const LATER = ['/src/sim/index.ts'];

/** Renders every prerendered page through Vite's SSR module loader (TSX, `?raw` imports). */
async function renderShells(root: string): Promise<Record<string, string>> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // A CommonJS package the app imports by name: let Vite convert it.
    ssr: { noExternal: ['lz-string'] },
  });
  try {
    const render = (await server.ssrLoadModule('/scripts/shell/render.tsx')) as typeof Render;
    return await render.renderShells();
  } finally {
    await server.close();
  }
}

/** `fileName` and the files it imports statically, transitively. */
function withImports(bundle: Bundle, fileName: string, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) withImports(bundle, dep, into);
  return into;
}

/** The inline boot script: the shells, the assets to load, and boot.js's two functions. */
export function bootScript(
  shells: Record<string, string>,
  assets: { entry: string; preload: readonly string[]; next: readonly string[]; later: readonly string[] },
): string {
  // `<` escaped: nothing in the data can close the script element or open a comment in it.
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<script>(${boot.toString()})(window, ${pickShell.toString()}, ${json(shells)}, ${json(assets)});</script>`;
}

export function prerenderShell(): Plugin {
  let root = process.cwd();
  return {
    name: 'winipc-prerender-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = ctx.bundle as Bundle | undefined;
        const entry = ctx.chunk as Chunk | undefined;
        if (!bundle || !entry) return html;
        const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
        const chunkOf = (id: string) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(id));
          if (!chunk) throw new Error(`prerender: no chunk for ${id}`);
          return chunk.fileName;
        };
        const early = new Set(withImports(bundle, entry.fileName));
        for (const id of EARLY) withImports(bundle, chunkOf(id), early);
        early.delete(entry.fileName);
        const preload = [...early];
        const more = (ids: readonly string[], skip: ReadonlySet<string>) => {
          const files = new Set<string>();
          for (const id of ids) withImports(bundle, chunkOf(id), files);
          return [...files].filter((f) => !skip.has(f) && f !== entry.fileName);
        };
        const next = more(NEXT, early);
        const later = more(LATER, new Set([...early, ...next]));
        const url = (f: string) => `./${f}`;
        const script = bootScript(await renderShells(root), {
          entry: url(entry.fileName),
          preload: preload.map(url),
          next: next.map(url),
          later: later.map(url),
        });
        // The entry and its preloads are requested by the boot script, after the first paint.
        const stripped = html
          .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
        if (!stripped.includes('<div id="root"></div>')) throw new Error('prerender: no #root in index.html');
        return stripped.replace('<div id="root"></div>', `<div id="root"></div>\n    ${script}`);
      },
    },
  };
}
