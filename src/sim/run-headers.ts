/**
 * The standard headers a program starts with, as a program of their own: compiled first, in a
 * piece of `buildRun` by itself, they take the front end's first (cold, and by far largest)
 * compile off the program's own piece. The front end keeps what it made of a program's leading
 * built-in `#include`s, so the program's own compile then starts from there. Only a speed-up: a
 * program whose leading includes are read differently here just compiles its headers itself.
 */

/** A program of `text`'s leading `#include <…>` lines (after comments and blank lines) and an
 *  empty `main`, or null when the text does not start with one. */
export function headersProgram(text: string): string | null {
  const includes: string[] = [];
  let rest = text;
  for (;;) {
    rest = rest.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/, '');
    const include = /^#[ \t]*include[ \t]*<[^>\n]+>[^\n]*/.exec(rest);
    if (!include) break;
    includes.push(include[0]);
    rest = rest.slice(include[0].length);
  }
  return includes.length === 0 ? null : `${includes.join('\n')}\nint main(void) { return 0; }\n`;
}
