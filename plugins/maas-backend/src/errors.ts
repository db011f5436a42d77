import { CustomErrorBase } from '@backstage/errors';

// HTTP answers Backstage has no error class for. Its error handler reads `statusCode`, so they
// are shaped like every other error response.

/** 412: the write was made against a version that is no longer the current one. */
export class PreconditionFailedError extends CustomErrorBase {
  name = 'PreconditionFailedError' as const;
  statusCode = 412 as const;
}

/** 428: the write must say which version it was made against (If-Match). */
export class PreconditionRequiredError extends CustomErrorBase {
  name = 'PreconditionRequiredError' as const;
  statusCode = 428 as const;
}
