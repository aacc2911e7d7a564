// Errors the storage adapters throw for conditions a caller may want to tell apart.

/** `createUser` was given a user name that is taken. */
export class DuplicateUserError extends Error {
  constructor(readonly username: string) {
    super(`user "${username}" already exists; choose another user name or use upsertUser to replace it`);
    this.name = 'DuplicateUserError';
  }
}

/** A database was written by a newer recruitwatch than the one opening it. */
export class SchemaVersionError extends Error {
  constructor(
    readonly location: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `${location}: database schema version ${foundVersion} is newer than this recruitwatch supports ` +
        `(${supportedVersion}); upgrade recruitwatch, or open a database made by this version`,
    );
    this.name = 'SchemaVersionError';
  }
}

/** A stored evidence file no longer matches the SHA-256 it was stored under. */
export class EvidenceIntegrityError extends Error {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`evidence ${key} failed its integrity check: ${detail}; the stored file was altered or damaged`);
    this.name = 'EvidenceIntegrityError';
  }
}
