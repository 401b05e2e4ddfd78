import type { Server } from 'node:http';
export function startServer(port?: number, host?: string): Promise<Server>;
export function pickEncoding(acceptEncoding?: string): 'br' | 'gzip' | null;
