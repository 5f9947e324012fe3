import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Answer {
  description?: string;
}
/** The checked-in document (tools/openapi/openapi.spec.ts checks it is what the service serves). */
const paths = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')).paths as Record<
  string,
  Record<string, { responses: Record<string, Answer> }>
>;

describe('the operations service’s OpenAPI document', () => {
  it('says what each success answer is', () => {
    const undescribed = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.entries(operation.responses)
          .filter(([status, answer]) => status.startsWith('2') && !answer.description?.trim())
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect(undescribed).toEqual([]);
  });

  it('names why a replay is refused (422) or conflicts (409)', () => {
    const { responses } = paths['/v1/dead-letters/{deadLetterId}/replay']!.post!;
    expect(responses['422']?.description).toEqual(
      expect.stringMatching(
        /names no original topic.*came from X\.dlq but names Y.*DEAD_LETTER_REPLAY_EXTRA_TOPICS.*Idempotency-Key/s,
      ),
    );
    expect(responses['409']?.description).toMatch(/discarded/);
  });
});
