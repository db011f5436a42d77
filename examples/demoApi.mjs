// What the demo scripts share: a seeded generator, the guest's token, and maas-backend's API
// called with a bearer token, waiting while the catalogue catches up after a first start.

/** mulberry32: a small seeded generator, so every run produces the same figures. */
export function seeded(text) {
  let a =
    [...text].reduce(
      (h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619),
      2166136261,
    ) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A user's token for what only people may do: MAAS_USER_TOKEN, or the demo guest's (the guest
 * provider signs in without a password, in development only).
 */
export async function userToken(backend) {
  if (process.env.MAAS_USER_TOKEN) return process.env.MAAS_USER_TOKEN;
  const res = await fetch(`${backend}/api/auth/guest/refresh`);
  if (!res.ok) {
    throw new Error(
      `signing in as the guest: ${
        res.status
      } ${await res.text()} (set MAAS_USER_TOKEN)`,
    );
  }
  return (await res.json()).backstageIdentity.token;
}

/**
 * Calls maas-backend. Right after a first start the catalogue may not hold the entities a call
 * names yet: an answer `notYet` says so (by default a 404) is retried every 2 s, up to three
 * minutes; any other failure throws with maas-backend's answer.
 */
export async function callMaas(backend, bearer, method, path, body, options) {
  const notYet = options?.notYet ?? (res => res.status === 404);
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${backend}/api/maas${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${bearer}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.ok) return JSON.parse(text);
    if (!notYet(res, text) || attempt >= 90) {
      throw new Error(`${method} ${path}: ${res.status} ${text}`);
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}
