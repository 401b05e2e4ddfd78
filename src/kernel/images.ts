/** Program image lookup for CreateProcess and console launches (DESIGN: by the first token of the
 *  command line or by lpApplicationName, case-insensitively, with or without ".exe"). */

/** The first token of a command line; a leading quoted part is one token. */
export function firstToken(commandLine: string): string {
  const s = commandLine.trimStart();
  if (s.startsWith('"')) {
    const end = s.indexOf('"', 1);
    return end < 0 ? s.slice(1) : s.slice(1, end);
  }
  return s.split(/\s+/)[0] ?? '';
}

/** The path's last component ("C:\\bin\\A.exe" -> "A.exe"). */
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

const stem = (name: string): string => name.toLowerCase().replace(/\.exe$/, '');

/** The known image a name or command line refers to, or undefined. */
export function findImage(images: readonly string[], nameOrCommandLine: string): string | undefined {
  const wanted = stem(baseName(firstToken(nameOrCommandLine)));
  if (wanted === '') return undefined;
  return images.find((img) => stem(img) === wanted);
}

/** The known image an lpApplicationName names (the whole string is the name). */
export function findImageByName(images: readonly string[], name: string): string | undefined {
  const wanted = stem(baseName(name.trim()));
  if (wanted === '') return undefined;
  return images.find((img) => stem(img) === wanted);
}
