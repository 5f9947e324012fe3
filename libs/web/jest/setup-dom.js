// Runs in jsdom (component tests); node-environment specs skip it.
if (typeof window !== 'undefined') {
  // jsdom lacks what Mantine measures with: matchMedia and ResizeObserver.
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub, scrollTo: () => undefined });
}
// jsdom has no TextEncoder/TextDecoder (jose and oidc-client-ts use them): Node's.
if (typeof window !== 'undefined' && typeof globalThis.TextEncoder === 'undefined') {
  const { TextEncoder, TextDecoder } = require('node:util');
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
// jsdom has no fetch API (Request, Response, Headers): the console's API client builds Requests.
// Node's own implementation (undici) with the web streams and blobs it needs. Only the classes are
// used (the specs answer requests themselves): nothing here opens a socket or a timer.
if (typeof window !== 'undefined' && typeof globalThis.Request === 'undefined') {
  const { ReadableStream, WritableStream, TransformStream } = require('node:stream/web');
  const { Blob, File } = require('node:buffer');
  Object.assign(globalThis, { ReadableStream, WritableStream, TransformStream, Blob, File });
  const { Request, Response, Headers, FormData } = require('undici');
  Object.assign(globalThis, { Request, Response, Headers, FormData });
}
// A page's first render in jsdom takes seconds on a loaded two-core machine (CI runs two Jest workers beside
// the infrastructure): every findBy…/waitFor waits up to 10 s, not Testing Library's 1 s, unless it says otherwise.
// (CI 31: CasePage.spec's first findByText gave up after 1 s while the page was still rendering.)
if (typeof window !== 'undefined') {
  require('@testing-library/react').configure({ asyncUtilTimeout: 10_000 });
}
