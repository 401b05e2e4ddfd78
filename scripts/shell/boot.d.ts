export type ShellTheme = 'light' | 'dark' | 'contrast';

export function pickShell(
  search: string,
  saved: { lang: string | null; theme: string | null },
  languages: readonly string[],
  system: { dark: boolean; moreContrast: boolean },
  scenarios: readonly string[],
): { key: string | null; lang: 'en' | 'ko'; theme: ShellTheme };

export function boot(
  win: Window & typeof globalThis,
  pick: typeof pickShell,
  shells: Record<string, string>,
  assets: { entry: string; preload: readonly string[]; next: readonly string[]; later: readonly string[] },
): void;
