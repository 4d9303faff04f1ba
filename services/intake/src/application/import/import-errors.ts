/** No import with this id that the caller may see (HTTP 404, also when it is someone else's). */
export class ImportNotFoundError extends Error {
  constructor(readonly importId: string) {
    super(`import ${importId} not found`);
    this.name = 'ImportNotFoundError';
  }
}

/** The caller's role may not import (HTTP 403). */
export class ImportForbiddenError extends Error {
  constructor(readonly role: string) {
    super(`role ${role} may not import items`);
    this.name = 'ImportForbiddenError';
  }
}
