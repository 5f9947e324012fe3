import { readFileSync } from 'node:fs';
import { ASYNCAPI_PATH, renderAsyncApi } from './asyncapi-file';
import { EVENT_DEFINITIONS } from '../events/registry';

describe('AsyncAPI document', () => {
  it('is up to date with the event registry (run `npm run asyncapi` to refresh)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(renderAsyncApi());
  });

  it('describes every event type with a JSON schema payload', () => {
    const document = JSON.parse(renderAsyncApi());
    for (const definition of EVENT_DEFINITIONS) {
      const message = document.components.messages[definition.type.replace(/\./g, '-')];
      expect(message.name).toBe(definition.type);
      expect(message.payload.type).toBe('object');
      expect(Array.isArray(message.payload.required)).toBe(true);
    }
  });
});
