import { Router } from 'express';

/** What listing routes reads of a layer of an Express router's stack. */
interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  /** Express 4 keeps a mount path only compiled, as this regexp and its keys. */
  regexp?: RegExp & { fast_slash?: boolean };
  keys?: Array<{ name: string | number }>;
  /** Express 5: mounted at the root. */
  slash?: boolean;
}

/**
 * `METHOD /path` of every route a router registers, those of nested routers under their
 * mount path, e.g. `PATCH /plans/:id`; `ALL` for `router.all`. Middleware is not a route.
 */
export function routesOf(router: Router): string[] {
  // Express's types describe the stack's layers other than they are at run time (keys).
  return routesOfStack(router.stack as unknown as Layer[], '');
}

function routesOfStack(stack: Layer[], prefix: string): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const { path, methods } = layer.route;
      if (typeof path !== 'string') {
        throw new Error(`A route under '${prefix}/' has no single path`);
      }
      return Object.keys(methods)
        .filter(method => methods[method])
        .map(method => (method === '_all' ? 'ALL' : method.toUpperCase()))
        .map(method => `${method} ${prefix}${path}`);
    }
    return layer.handle.stack
      ? routesOfStack(layer.handle.stack, prefix + mountPath(layer))
      : [];
  });
}

/**
 * The path a nested router is mounted at, read back from the regexp Express 4 compiled it to
 * (`^\/a(?:\/([^/]+?))\/b\/?(?=\/|$)` for `/a/:id/b`). A mount path it cannot read is an error
 * rather than a router skipped, whose routes would then go unlisted.
 */
function mountPath(layer: Layer): string {
  if (layer.slash || layer.regexp?.fast_slash) return '';
  const keys = (layer.keys ?? []).map(k => k.name);
  const path = layer.regexp?.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
    .replace(/\(\?:\\\/\(\[\^\/\]\+\?\)\)/g, () => `/:${keys.shift()}`)
    .replace(/\\([/.])/g, '$1');
  if (!path || !/^(\/:?[\w.-]+)+$/.test(path) || keys.length > 0) {
    throw new Error(
      `Cannot read the mount path of a nested router (${layer.regexp}): teach routesOf to read it`,
    );
  }
  return path;
}
