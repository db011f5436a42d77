/*
 * The backend's live heap after a full garbage collection, read through the V8 inspector: the
 * figure that tells a leak (it grows with calls) from a heap that only has not been collected
 * yet, which the resident set cannot.
 */

/** The environment of a backend whose heap `liveHeapMb` will read: any NODE_OPTIONS kept. */
export function inspectorEnv(port: number): Record<string, string> {
  const inherited = process.env.NODE_OPTIONS ?? '';
  return { NODE_OPTIONS: `${inherited} --inspect=127.0.0.1:${port}`.trim() };
}

/** Forces a full collection in the process listening on `port`, then returns its used heap. */
export async function liveHeapMb(port: number): Promise<number> {
  const [target] = await (
    await fetch(`http://127.0.0.1:${port}/json/list`)
  ).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((opened, failed) => {
    socket.onopen = opened;
    socket.onerror = failed;
  });
  let lastId = 0;
  const call = (method: string) =>
    new Promise<any>((answered, failed) => {
      const id = ++lastId;
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data));
        if (message.id !== id) return;
        socket.removeEventListener('message', onMessage);
        if (message.error) failed(new Error(message.error.message));
        else answered(message.result);
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    return Math.round(usedSize / 1024 / 1024);
  } finally {
    socket.close();
  }
}
