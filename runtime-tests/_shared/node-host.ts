/** The suite's notification host on node:http: serves a web handler through a `toNodeListener` on 127.0.0.1. Node only. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { toNodeListener as ToNodeListener } from '@lianlian-sdk/web/node-http';
import type { SuiteHost } from './web-suite.ts';

export function nodeHost(toNodeListener: typeof ToNodeListener): SuiteHost {
  return {
    async serve(handler) {
      const server = createServer(toNodeListener(handler));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
        close: () =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      };
    },
  };
}
