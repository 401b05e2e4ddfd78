import type { Server } from 'node:http';
export function startServer(port?: number, host?: string): Promise<Server>;
