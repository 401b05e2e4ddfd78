export function findChromium(): Promise<string | undefined>;
export const howToGetChromium: string;
export const chromiumArgs: string[];
