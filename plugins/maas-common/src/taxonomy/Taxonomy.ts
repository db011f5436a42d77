import { capabilities as builtInCapabilities } from './capabilities';
import { toolCategories as builtInCategories } from './categories';

/** A tool category of a taxonomy, built in or added in config. @public */
export interface TaxonomyCategory {
  id: string;
  title: string;
  description?: string;
  /** `built-in` for maas-common's own, `config` for one added in `maas.taxonomy`. */
  source: 'built-in' | 'config';
}

/** A capability of a taxonomy, built in or added in config. @public */
export interface TaxonomyCapability {
  id: string;
  title: string;
  /** The id of its category (never an alias). */
  category: string;
  source: 'built-in' | 'config';
}

/**
 * A taxonomy as maas-backend serves it (`GET /api/maas/taxonomy`): the built-in capabilities and
 * categories, those config added, and the aliases config gave existing ids.
 *
 * @public
 */
export interface TaxonomyDocument {
  categories: TaxonomyCategory[];
  capabilities: TaxonomyCapability[];
  /** Alias → the id it stands for, per list. */
  aliases: {
    capabilities: Record<string, string>;
    categories: Record<string, string>;
  };
}

/** Ids of capabilities, categories and aliases: lower-case words joined by hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 63;
const MAX_TITLE_LENGTH = 200;

/** Free text as an id: `Experience analytics` → `experience-analytics`. @public */
export function toTaxonomyId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function invalid(key: string, expected: string, got?: unknown): never {
  throw new Error(
    `Invalid config: ${key} ${expected}${
      got === undefined ? '' : `, got ${JSON.stringify(got)}`
    }`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readId(value: unknown, key: string): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    invalid(
      key,
      'must be lower-case words joined by hyphens, such as "experience-analytics"',
      value,
    );
  }
  if (value.length > MAX_ID_LENGTH) {
    invalid(key, `must be at most ${MAX_ID_LENGTH} characters`, value);
  }
  return value;
}

function readTitle(value: unknown, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    invalid(key, 'must be a non-empty string', value);
  }
  if (value.length > MAX_TITLE_LENGTH) {
    invalid(key, `must be at most ${MAX_TITLE_LENGTH} characters`);
  }
  return value.trim();
}

function readList(value: unknown, key: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) invalid(key, 'must be a list', value);
  return value;
}

function readMap(value: unknown, key: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) invalid(key, 'must be a map of alias: id', value);
  return value;
}

/** Words compared without case, accents, spaces or punctuation: `A/B testing` → `abtesting`. */
function words(text: string): string {
  return toTaxonomyId(text).replace(/-/g, '');
}

/** Ids, then aliases, then titles, by their {@link words}; the first to claim a key keeps it. */
function wordIndex<T extends { id: string; title: string }>(
  items: readonly T[],
  aliases: Map<string, string>,
  byId: Map<string, T>,
): Map<string, T> {
  const index = new Map<string, T>();
  const claim = (key: string, item: T | undefined) => {
    if (item && !index.has(words(key))) index.set(words(key), item);
  };
  items.forEach(item => claim(item.id, item));
  aliases.forEach((id, alias) => claim(alias, byId.get(id)));
  items.forEach(item => claim(item.title, item));
  return index;
}

const builtInDocument: TaxonomyDocument = {
  categories: builtInCategories.map(c => ({ ...c, source: 'built-in' })),
  capabilities: builtInCapabilities.map(c => ({ ...c, source: 'built-in' })),
  aliases: { capabilities: {}, categories: {} },
};

/**
 * The capabilities and tool categories tools are described with: maas-common's built-in lists,
 * plus what an adopter adds or aliases in `maas.taxonomy`. The catalogue validates against it,
 * sprawl groups by it, the inventory import maps spreadsheet cells onto it, and the frontend
 * reads it from maas-backend; so every part of the suite sees the same list.
 *
 * @public
 */
export class Taxonomy {
  private readonly capabilityById: Map<string, TaxonomyCapability>;
  private readonly categoryById: Map<string, TaxonomyCategory>;
  private readonly capabilityAliases: Map<string, string>;
  private readonly categoryAliases: Map<string, string>;
  private readonly capabilityByWords: Map<string, TaxonomyCapability>;
  private readonly categoryByWords: Map<string, TaxonomyCategory>;

  private constructor(document: TaxonomyDocument) {
    this.capabilities = document.capabilities;
    this.categories = document.categories;
    this.capabilityById = new Map(this.capabilities.map(c => [c.id, c]));
    this.categoryById = new Map(this.categories.map(c => [c.id, c]));
    this.capabilityAliases = new Map(
      Object.entries(document.aliases.capabilities),
    );
    this.categoryAliases = new Map(Object.entries(document.aliases.categories));
    this.capabilityByWords = wordIndex(
      this.capabilities,
      this.capabilityAliases,
      this.capabilityById,
    );
    this.categoryByWords = wordIndex(
      this.categories,
      this.categoryAliases,
      this.categoryById,
    );
  }

  readonly capabilities: readonly TaxonomyCapability[];
  readonly categories: readonly TaxonomyCategory[];

  private static builtInTaxonomy?: Taxonomy;

  /** maas-common's own lists, with no additions and no aliases. */
  static builtIn(): Taxonomy {
    Taxonomy.builtInTaxonomy ??= new Taxonomy(builtInDocument);
    return Taxonomy.builtInTaxonomy;
  }

  /** A taxonomy as maas-backend served it. */
  static fromDocument(document: TaxonomyDocument): Taxonomy {
    return new Taxonomy(document);
  }

  /**
   * The built-in taxonomy merged with `maas.taxonomy` (the value of that config key, or
   * undefined). Throws at start-up, naming the key, for an id that is malformed or already
   * taken, a capability in an unknown category, or an alias of an id that does not exist.
   *
   * ```yaml
   * maas:
   *   taxonomy:
   *     categories:
   *       - { id: digital-experience, title: Digital experience }
   *     capabilities:
   *       - { id: experience-analytics, title: Experience analytics, category: analytics }
   *     aliases:
   *       capabilities: { digital-analytics: web-analytics }
   *       categories: { esp: engagement }
   * ```
   */
  static fromConfig(value: unknown, key: string = 'maas.taxonomy'): Taxonomy {
    if (value === undefined || value === null) return Taxonomy.builtIn();
    if (!isRecord(value)) invalid(key, 'must be a map', value);
    for (const field of Object.keys(value)) {
      if (!['categories', 'capabilities', 'aliases'].includes(field)) {
        invalid(
          `${key}.${field}`,
          'is not a taxonomy setting (categories, capabilities, aliases)',
        );
      }
    }

    const categories: TaxonomyCategory[] = [...builtInDocument.categories];
    const categoryIds = new Set(categories.map(c => c.id));
    readList(value.categories, `${key}.categories`).forEach((item, i) => {
      const at = `${key}.categories[${i}]`;
      if (!isRecord(item)) invalid(at, 'must be a map with id and title', item);
      const id = readId(item.id, `${at}.id`);
      if (categoryIds.has(id)) {
        invalid(`${at}.id`, `"${id}" is already a category`);
      }
      const description =
        item.description === undefined
          ? undefined
          : readTitle(item.description, `${at}.description`);
      categories.push({
        id,
        title: readTitle(item.title, `${at}.title`),
        ...(description ? { description } : {}),
        source: 'config',
      });
      categoryIds.add(id);
    });

    const aliases = readMap(value.aliases, `${key}.aliases`);
    for (const field of Object.keys(aliases)) {
      if (!['capabilities', 'categories'].includes(field)) {
        invalid(
          `${key}.aliases.${field}`,
          'is not an alias list (capabilities, categories)',
        );
      }
    }
    const categoryAliases = Taxonomy.readAliases(
      readMap(aliases.categories, `${key}.aliases.categories`),
      `${key}.aliases.categories`,
      categoryIds,
      'category',
    );

    const capabilities: TaxonomyCapability[] = [
      ...builtInDocument.capabilities,
    ];
    const capabilityIds = new Set(capabilities.map(c => c.id));
    readList(value.capabilities, `${key}.capabilities`).forEach((item, i) => {
      const at = `${key}.capabilities[${i}]`;
      if (!isRecord(item)) {
        invalid(at, 'must be a map with id, title and category', item);
      }
      const id = readId(item.id, `${at}.id`);
      if (capabilityIds.has(id)) {
        invalid(`${at}.id`, `"${id}" is already a capability`);
      }
      const named = readId(item.category, `${at}.category`);
      const category = categoryAliases[named] ?? named;
      if (!categoryIds.has(category)) {
        invalid(
          `${at}.category`,
          `"${named}" is not a category (built in or added under ${key}.categories)`,
        );
      }
      capabilities.push({
        id,
        title: readTitle(item.title, `${at}.title`),
        category,
        source: 'config',
      });
      capabilityIds.add(id);
    });

    const capabilityAliases = Taxonomy.readAliases(
      readMap(aliases.capabilities, `${key}.aliases.capabilities`),
      `${key}.aliases.capabilities`,
      capabilityIds,
      'capability',
    );
    return new Taxonomy({
      categories,
      capabilities,
      aliases: {
        capabilities: capabilityAliases,
        categories: categoryAliases,
      },
    });
  }

  private static readAliases(
    map: Record<string, unknown>,
    key: string,
    ids: Set<string>,
    what: string,
  ): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [alias, target] of Object.entries(map)) {
      readId(alias, `${key}.${alias}`);
      if (ids.has(alias)) {
        invalid(
          `${key}.${alias}`,
          `cannot alias "${alias}": it is already a ${what} id`,
        );
      }
      const id = readId(target, `${key}.${alias}`);
      if (!ids.has(id)) {
        invalid(
          `${key}.${alias}`,
          `must name an existing ${what} (an alias cannot point at another alias)`,
          target,
        );
      }
      result[alias] = id;
    }
    return result;
  }

  /** The capability an id or an alias stands for. */
  getCapability(idOrAlias: string): TaxonomyCapability | undefined {
    return this.capabilityById.get(
      this.capabilityAliases.get(idOrAlias) ?? idOrAlias,
    );
  }

  /** The category an id or an alias stands for. */
  getCategory(idOrAlias: string): TaxonomyCategory | undefined {
    return this.categoryById.get(
      this.categoryAliases.get(idOrAlias) ?? idOrAlias,
    );
  }

  /**
   * The capability a person's words name, for imports: its id, an alias or its title, compared
   * without case, accents, spaces or punctuation (`Email sending`, `A/B testing`,
   * `Marketing email sending`).
   */
  findCapability(text: string): TaxonomyCapability | undefined {
    return this.getCapability(text) ?? this.capabilityByWords.get(words(text));
  }

  /** The category a person's words name, as {@link Taxonomy.findCapability} does. */
  findCategory(text: string): TaxonomyCategory | undefined {
    return this.getCategory(text) ?? this.categoryByWords.get(words(text));
  }

  toDocument(): TaxonomyDocument {
    return {
      categories: [...this.categories],
      capabilities: [...this.capabilities],
      aliases: {
        capabilities: Object.fromEntries(this.capabilityAliases),
        categories: Object.fromEntries(this.categoryAliases),
      },
    };
  }
}
