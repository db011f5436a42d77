// Calls maas-backend as the demo's people, who sign in with the development-only demo provider.
// Shared by the scripts that give the demo its state (certifications, decommissioning plans).

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** A client of maas-backend at `backend` that signs in as the user each call names. */
export function demoClient(backend) {
  /** A token for a demo user, once the catalogue has them and their groups. */
  async function tokenOf(user) {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${backend}/api/auth/demo/refresh?user=${user}`, {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      });
      if (res.ok) {
        const { backstageIdentity } = await res.json();
        if (backstageIdentity.identity.ownershipEntityRefs.length > 1) {
          return backstageIdentity.token;
        }
      }
      if (attempt >= 90) throw new Error(`cannot sign in as ${user}`);
      await sleep(2000);
    }
  }

  /**
   * A call to /api/maas as `user`. Right after a first start the catalogue may not hold the
   * entity yet (404): it waits for it.
   */
  async function call(user, method, path, body, headers = {}) {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${backend}/api/maas${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${await tokenOf(user)}`,
          'Content-Type': 'application/json',
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (res.ok) return JSON.parse(text);
      if (res.status !== 404 || attempt >= 90) {
        throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
      }
      await sleep(2000);
    }
  }

  return { call };
}

/** The `--backend <url>` argument, or the local backend. */
export function backendArgument() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--backend');
  return i >= 0 ? args[i + 1] : 'http://localhost:7007';
}
