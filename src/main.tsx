/**
 * The entry: React and ReactDOM, evaluated in the first task; the app itself (src/start.tsx) in
 * the next, so that neither task is long. index.html's boot script loads this file once the
 * prerendered page has been painted, and fetches the start-up's chunk beside it.
 */
import { createRoot } from 'react-dom/client';
import { yieldToBrowser } from './store/pieces.ts';
// Every stylesheet of the app is one file that index.html links (build.cssCodeSplit is off):
// the prerendered page is drawn with all of it before any script has run.
import './ui/app.css';

async function main(): Promise<void> {
  await yieldToBrowser();
  const { start } = await import('./start.tsx');
  await yieldToBrowser();
  await start(document.getElementById('root'), createRoot);
}

void main();
