import net from "node:net";

/**
 * A TCP proxy the test can cut and restore, to take a dependency away from a process under test
 * without touching the real server that other tests share.
 */
export async function tcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    port,
    /** Drops every open connection and refuses new ones. */
    async cut() {
      await new Promise<void>((resolve) => server!.close(() => resolve()) && sockets.forEach((socket) => socket.destroy()));
    },
    restore: listen,
  };
}
