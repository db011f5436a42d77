import { maasKindDefinitions } from '@maas/plugin-maas-common';

/** The kinds an inventory row can describe. */
export type InventoryKind = 'Vendor' | 'MartechTool';

/** How a spreadsheet cell is read for a field: learnt from the kind's JSON schema. */
export type FieldType =
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number' }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'list' }
  | { type: 'money' }
  | { type: 'ref'; defaultKind: string }
  | { type: 'refList'; defaultKind: string };

/** Fields of `metadata` a column may fill, beside the spec's. */
export const metadataFields: Record<string, FieldType> = {
  name: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  tags: { type: 'list' },
};

function typeOf(schema: any): FieldType | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  if (Array.isArray(schema.enum)) {
    return { type: 'enum', values: schema.enum.map(String) };
  }
  const types: string[] = [schema.type].flat().filter(t => t !== 'null');
  if (types.includes('object')) {
    const props = schema.properties ?? {};
    return props.amount && props.currency ? { type: 'money' } : undefined;
  }
  if (types.includes('array')) return { type: 'list' };
  if (types.includes('integer')) return { type: 'integer' };
  if (types.includes('number')) return { type: 'number' };
  if (types.includes('boolean')) return { type: 'boolean' };
  if (types.includes('string')) return { type: 'string' };
  return undefined;
}

function schemaAt(kind: InventoryKind, field: string): any {
  let schema: any = (maasKindDefinitions[kind].schema as any).properties.spec;
  for (const part of field.split('.')) {
    schema = schema?.properties?.[part];
  }
  return schema;
}

/**
 * What a column mapped to `field` (`title`, or a spec path such as `licenses.active`) holds, or
 * undefined when the kind has no such field a cell can fill (a map of fields other than money).
 * References follow the kind's reference fields, so a name in a cell becomes a reference.
 */
export function fieldType(
  kind: InventoryKind,
  field: string,
): FieldType | undefined {
  if (metadataFields[field]) return metadataFields[field];
  const reference = maasKindDefinitions[kind].referenceFields.find(
    r => r.field === field,
  );
  if (reference) {
    return {
      type: reference.many ? 'refList' : 'ref',
      defaultKind: reference.defaultKind,
    };
  }
  return typeOf(schemaAt(kind, field));
}

/** The spec fields a column can fill, for messages: every leaf and every money field. */
export function mappableFields(kind: InventoryKind): string[] {
  const out = Object.keys(metadataFields);
  const walk = (schema: any, prefix: string) => {
    for (const [key, child] of Object.entries<any>(schema?.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (fieldType(kind, path)) out.push(path);
      else walk(child, path);
    }
  };
  walk((maasKindDefinitions[kind].schema as any).properties.spec, '');
  return out;
}
