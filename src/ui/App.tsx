/** The application shell: a toolbar and the diagram area. The visualizer fills it in. */
export function App() {
  return (
    <div className="app">
      <header className="toolbar">
        <h1>WinIPC Lab</h1>
      </header>
      <main className="diagram" aria-label="Kernel diagram" data-testid="diagram">
        <p className="diagram-empty">User mode above, kernel mode below.</p>
      </main>
    </div>
  );
}
