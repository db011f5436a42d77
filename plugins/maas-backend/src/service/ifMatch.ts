import { InputError } from '@backstage/errors';
import { PreconditionRequiredError } from '../errors';

/** The ETag of a versioned resource: its version, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version a change was made against, from `If-Match` (`"3"`, or weak `W/"3"`): 428 when the
 * header is missing, 400 when it names no version. `*` is refused: it would let a write
 * overwrite whatever another one wrote meanwhile, which is what the header is there to stop.
 */
export function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new PreconditionRequiredError(
      'If-Match: required, with the ETag of the version the change was made against (GET it first)',
    );
  }
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new InputError(
      `If-Match: must be the ETag of one version, such as "3", got ${JSON.stringify(
        header.slice(0, 40),
      )}`,
    );
  }
  return Number(match[1]);
}
