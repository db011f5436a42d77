import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parse, stringify } from 'yaml';
import {
  BackendProcess,
  repoRoot,
  startBackendProcess,
} from '../testing/startBackendProcess';

/** An answer of the backend: its status and parsed body. */
export interface Answer {
  status: number;
  body: any;
}

export interface GuardrailsBackend {
  backend: BackendProcess;
  /** Calls the backend as a demo user (signed in through the demo provider), or with a token. */
  call(
    method: string,
    path: string,
    as: { user: string } | { token: string },
    body?: unknown,
  ): Promise<Answer>;
  /** Rewrites the trusted test file and has the catalogue read it again. */
  rewriteTrusted(entities: Entity[]): Promise<void>;
  /** Runs a scaffolder task as a demo user; answers the status it ended with. */
  runTask(
    as: { user: string },
    templateRef: string,
    values: Record<string, unknown>,
  ): Promise<string>;
  /** Waits until the catalogue's entity satisfies `ready`. */
  waitForEntity(ref: string, ready?: (e: Entity) => boolean): Promise<Entity>;
  /**
   * The catalogue's processing errors for the location of a file, once it has some: a location
   * refused from the start never becomes an entity, the unprocessed-entities API shows it.
   */
  processingErrorsOf(file: string): Promise<string>;
  /** Where the untrusted file is, as the catalogue's location target. */
  untrustedFile: string;
  stop(): Promise<void>;
}

function write(file: string, entities: Entity[]) {
  writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));
}

/**
 * The real backend (catalogue, scaffolder, permissions, maas-backend, auth) in a process, on the
 * given database, with the demo catalogue and the production configuration's trusted sources,
 * plus three files of test entities: one under a trusted path (that tests rewrite), one that is
 * not (a repository of someone's own), and extra users.
 */
export async function startGuardrailsBackend(options: {
  database: Record<string, unknown>;
  trusted: Entity[];
  /** Campaign templates, under a trusted path too. */
  templates: Entity[];
  untrusted: Entity[];
  users: Entity[];
}): Promise<GuardrailsBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'maas-guardrails-'));
  // The production rules trust `**/examples/maas/*.yaml`: this file is under such a path.
  mkdirSync(join(dir, 'examples/maas'), { recursive: true });
  mkdirSync(join(dir, 'examples/templates'), { recursive: true });
  mkdirSync(join(dir, 'someones-repo'));
  const trustedFile = join(dir, 'examples/maas/guardrails.yaml');
  const untrustedFile = join(dir, 'someones-repo/catalog-info.yaml');
  const usersFile = join(dir, 'users.yaml');
  const templatesFile = join(dir, 'examples/templates/guardrails.yaml');
  write(trustedFile, options.trusted);
  write(templatesFile, options.templates);
  write(untrustedFile, options.untrusted);
  write(usersFile, options.users);

  const config = (file: string) =>
    parse(readFileSync(join(repoRoot, file), 'utf8'));
  const backend = await startBackendProcess({
    timeoutMs: 300_000,
    env: { LOG_LEVEL: 'info' },
    extraConfig: {
      backend: { database: options.database },
      catalog: {
        rules: config('app-config.production.yaml').catalog.rules,
        locations: [
          ...config('app-config.yaml').catalog.locations,
          { type: 'file', target: trustedFile },
          { type: 'file', target: templatesFile },
          { type: 'file', target: untrustedFile },
          { type: 'file', target: usersFile, rules: [{ allow: ['User'] }] },
        ],
      },
    },
  });

  const tokens = new Map<string, string>();
  async function tokenOf(user: string): Promise<string> {
    if (!tokens.has(user)) {
      const res = await fetch(
        `${backend.baseUrl}/api/auth/demo/refresh?user=${user}`,
        { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
      );
      const body = await res.json();
      if (!res.ok)
        throw new Error(`sign-in as ${user}: ${JSON.stringify(body)}`);
      tokens.set(user, body.backstageIdentity.token);
    }
    return tokens.get(user)!;
  }

  const call: GuardrailsBackend['call'] = async (method, path, as, body) => {
    const token = 'token' in as ? as.token : await tokenOf(as.user);
    const res = await fetch(`${backend.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  async function waitForEntity(
    ref: string,
    ready: (e: Entity) => boolean = () => true,
  ): Promise<Entity> {
    const [kind, rest] = ref.split(':');
    const [namespace, name] = rest.split('/');
    for (let attempt = 0; attempt < 300; attempt++) {
      const res = await call(
        'GET',
        `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
        { user: 'northwind.guest' },
      ).catch(() => undefined);
      if (res?.status === 200 && ready(res.body)) return res.body;
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`${ref} never reached the catalogue as expected`);
  }

  async function runTask(
    as: { user: string },
    templateRef: string,
    values: Record<string, unknown>,
  ): Promise<string> {
    const task = await call('POST', '/api/scaffolder/v2/tasks', as, {
      templateRef,
      values,
    });
    if (task.status !== 201) throw new Error(JSON.stringify(task.body));
    for (let attempt = 0; attempt < 300; attempt++) {
      await new Promise(r => setTimeout(r, 200));
      const { body } = await call(
        'GET',
        `/api/scaffolder/v2/tasks/${task.body.id}`,
        as,
      );
      if (['completed', 'failed', 'cancelled'].includes(body.status)) {
        return body.status;
      }
    }
    throw new Error(`task ${task.body.id} never ended`);
  }

  async function processingErrorsOf(file: string): Promise<string> {
    for (let attempt = 0; attempt < 120; attempt++) {
      for (const reason of ['pending', 'failed']) {
        const { body } = await call(
          'GET',
          `/api/catalog/entities/unprocessed/${reason}`,
          { user: 'northwind.guest' },
        );
        const found = (body?.entities ?? []).find(
          (e: any) => e.unprocessed_entity?.spec?.target === file && e.errors,
        );
        if (found) return JSON.stringify(found.errors);
      }
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`no processing error for ${file}`);
  }

  return {
    backend,
    call,
    runTask,
    processingErrorsOf,
    waitForEntity,
    untrustedFile,
    async rewriteTrusted(entities) {
      write(trustedFile, entities);
      for (const entity of entities) {
        await call(
          'POST',
          '/api/catalog/refresh',
          { user: 'northwind.guest' },
          {
            entityRef: `${entity.kind.toLocaleLowerCase('en-US')}:default/${
              entity.metadata.name
            }`,
          },
        );
      }
    },
    stop: () => backend.stop(),
  };
}
