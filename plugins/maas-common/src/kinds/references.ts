import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { ReferenceField } from './common';

/** A reference found in an entity's spec, resolved against the entity's namespace. @public */
export interface ResolvedReference {
  field: ReferenceField;
  /** Where it sits, e.g. `spec.channels[1]`. */
  path: string;
  /** The reference as written. */
  value: string;
  target: CompoundEntityRef;
}

function readField(spec: unknown, field: string): unknown {
  let value: unknown = spec;
  for (const part of field.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Reads the references the given fields hold in an entity's spec and resolves each: short
 * references take the field's default kind and the entity's namespace. Values that are not
 * strings, or cannot be parsed, are skipped; schema validation reports them.
 *
 * @public
 */
export function resolveReferences(
  entity: Entity,
  fields: readonly ReferenceField[],
): ResolvedReference[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const found: ResolvedReference[] = [];
  for (const field of fields) {
    const raw = readField(entity.spec, field.field);
    let values: Array<[string, unknown]> = [[`spec.${field.field}`, raw]];
    if (field.many) {
      values = Array.isArray(raw)
        ? raw.map((v, i) => [`spec.${field.field}[${i}]`, v])
        : [];
    }
    for (const [path, value] of values) {
      if (typeof value !== 'string' || !value) continue;
      try {
        const ref = parseEntityRef(value, {
          defaultKind: field.defaultKind,
          defaultNamespace: namespace,
        });
        found.push({
          field,
          path,
          value,
          target: {
            kind: ref.kind,
            namespace: ref.namespace,
            name: ref.name,
          },
        });
      } catch {
        // Not a reference: the schema reports the value.
      }
    }
  }
  return found;
}
