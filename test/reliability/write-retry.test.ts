/**
 * The gateway's handling of writes that lose a race (pure: a fake driver stands in for Neo4j).
 */
import type { Driver } from 'neo4j-driver';
import { conflictBackoffMs, DatabaseGateway, DEFAULT_WRITE_CONFLICT_ATTEMPTS, isWriteConflict } from '../../src/db/gateway';
import { ConflictError, ServiceUnavailableError } from '../../src/errors';
import { firstInvalidUtf8Offset } from '../../src/http/server';

function neo4jError(code: string): Error {
  return Object.assign(new Error(`driver says ${code}`), { code });
}

/** A driver whose executeWrite fails with `failures` in turn, then returns 'committed'. */
function fakeDriver(failures: Error[]): { driver: Driver; attempts: () => number } {
  let attempts = 0;
  const session = {
    executeWrite: async () => {
      const failure = failures[attempts++];
      if (failure) throw failure;
      return 'committed';
    },
    close: async () => {},
  };
  return { driver: { session: () => session } as unknown as Driver, attempts: () => attempts };
}

describe('a write that loses a race with a concurrent write', () => {
  it('is run again, up to the bound, and then succeeds', async () => {
    const { driver, attempts } = fakeDriver([
      neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'),
      neo4jError('Neo.TransientError.Transaction.DeadlockDetected'),
    ]);
    const gateway = new DatabaseGateway(driver);
    await expect(gateway.writeTransaction(async () => 'work')).resolves.toBe('committed');
    expect(attempts()).toBe(3);
    expect(gateway.writeConflictRetries).toBe(2);
  });

  it('fails with CONFLICT, saying nothing was written, when it keeps losing', async () => {
    const { driver, attempts } = fakeDriver(Array.from({ length: 10 }, () => neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')));
    const error = await new DatabaseGateway(driver).writeTransaction(async () => 'work').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).extensions.code).toBe('CONFLICT');
    expect((error as ConflictError).message).toMatch(/^The write collided with concurrent writes of the same ids 6 times .*nothing was written, try again$/);
    expect(attempts()).toBe(DEFAULT_WRITE_CONFLICT_ATTEMPTS);
  });

  it('is not confused with an unreachable Neo4j, which is not retried here (the driver already did)', async () => {
    const { driver, attempts } = fakeDriver([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' })]);
    await expect(new DatabaseGateway(driver).writeTransaction(async () => 'work')).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(attempts()).toBe(1);
  });

  it('waits a jittered, growing, capped pause between attempts', () => {
    expect([1, 2, 3, 4, 5, 10].map((attempt) => conflictBackoffMs(attempt, () => 0))).toEqual([25, 50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5, 10].map((attempt) => conflictBackoffMs(attempt, () => 1))).toEqual([50, 100, 200, 400, 800, 1000]);
  });

  it('is recognised only by its Neo4j code', () => {
    expect(isWriteConflict(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(true);
    expect(isWriteConflict(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(isWriteConflict(undefined)).toBe(false);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated two-byte sequence at the end', [0x61, 0x62, 0xc3], 2],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a bad byte after valid multi-byte text', [...Buffer.from('é😀', 'utf8'), 0xff], 6],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Offset(Buffer.from(bytes))).toBe(offset);
  });
});
