#!/usr/bin/env node
// Gives the demo's requested certifications (`certified: true` in examples/maas/audiences.yaml)
// their two keys, through maas-backend's API, as the people who hold them: the marketing key by
// a member of the audience's owner group, the IT key by a member of its technicalOwner group
// (from examples/org.yaml). They sign in with the development-only demo provider. Idempotent:
// a key already turned on the audience as it is now is left alone.
//
//   node examples/certify-audiences.mjs [--backend http://localhost:7007]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { backendArgument, demoClient } from './demoClient.mjs';

const { call } = demoClient(backendArgument());
const here = dirname(fileURLToPath(import.meta.url));
const documents = file =>
  parseAllDocuments(readFileSync(join(here, file), 'utf8')).map(d => d.toJS());

const users = documents('org.yaml').filter(d => d.kind === 'User');
/** The demo people of a group; the guest signs in to the browser, not to hold keys. */
const membersOf = ref => {
  const group = ref.replace(/^group:(default\/)?/, '');
  return users
    .filter(u => (u.spec.memberOf ?? []).includes(group))
    .map(u => u.metadata.name)
    .filter(name => name !== 'northwind.guest');
};

let turned = 0;
const requested = documents('maas/audiences.yaml').filter(
  a => a.spec.certified === true,
);
for (const audience of requested) {
  const path = `/audiences/default/${audience.metadata.name}/certification`;
  const holders = {
    marketing: membersOf(audience.spec.owner)[0],
    it: membersOf(audience.spec.technicalOwner)[0],
  };
  let certification = await call(holders.marketing, 'GET', path);
  for (const role of ['marketing', 'it']) {
    if (certification.keys[role]?.current) continue;
    certification = await call(holders[role], 'POST', path, { role });
    turned++;
  }
  if (!certification.certified) {
    throw new Error(
      `${audience.metadata.name} is not certified: ${certification.reasons.join(
        '; ',
      )}`,
    );
  }
}
console.log(
  `certifications: ${requested.length} audiences certified, ${turned} keys turned`,
);
