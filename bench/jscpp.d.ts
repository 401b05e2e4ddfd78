/** The part of the JSCPP package (a C++ interpreter in JavaScript) the benchmark uses. */
declare module 'JSCPP' {
  interface RunConfig {
    stdio?: { write?: (text: string) => void };
  }
  const JSCPP: { run(code: string, input: string, config?: RunConfig): number };
  export default JSCPP;
}
