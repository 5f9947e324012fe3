// Loaded once per worker thread before any workflow (the bundle's `preloadModules`), so every
// workflow shares one copy of zod instead of evaluating it again: with the reusable V8 context, a
// module first required inside a workflow is evaluated for that workflow and kept as long as the
// workflow is cached. Only zod: the SDK deep-freezes what is preloaded, and zod's schemas store what
// they compute on first use on themselves, so they stay each workflow's own (workflows.ts).
import { z } from 'zod';

// zod sets its defaults (locale, memoizer, in a global the SDK freezes with the others) on its
// first schema and decides on its first object schema whether it may compile parsers: one schema
// built and parsed here settles them, so no workflow's first schema writes to frozen objects.
const warmUp = z.object({ n: z.number().int() });
warmUp.safeParse({ n: 1 });
warmUp.safeParse({ n: 'x' });
