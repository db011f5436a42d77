import { InputError, NotFoundError } from '@backstage/errors';
import { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * Turns what Express and its JSON parser refuse before any route runs (a body that is not JSON
 * or is too large, a path that is not valid percent-encoding) into errors that say which part
 * of the request is wrong, in the form parseInput gives every other 400.
 */
export const requestErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.parse.failed') {
    next(
      new InputError(`Invalid body: (body): is not JSON (${error.message})`),
    );
  } else if (type === 'entity.too.large') {
    next(
      new InputError(
        `Invalid body: (body): is larger than ${
          (error as { limit?: number }).limit ?? 'the limit of'
        } bytes`,
      ),
    );
  } else if (
    type === 'encoding.unsupported' ||
    type === 'charset.unsupported'
  ) {
    next(new InputError(`Invalid body: (body): ${error.message}`));
  } else if (error instanceof URIError) {
    next(new InputError(`Invalid path: (path): ${error.message}`));
  } else {
    next(error);
  }
};

/**
 * Any other path under /api/maas: a 404 that says so, in the shape of every other error. The
 * framework's own routes (`/.well-known/…`, `/.backstage/…`) are left to whoever mounts them.
 */
export const unknownRoute: RequestHandler = (req, _res, next) => {
  if (req.path.startsWith('/.')) {
    next();
    return;
  }
  next(new NotFoundError(`No MaaS route ${req.method} ${req.path}`));
};
