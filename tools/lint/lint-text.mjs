// ESLint's Node API with the repository's configuration, in a child process for
// boundaries.spec.ts: Jest's module system cannot import eslint.config.mjs (an ES module).
// Receives { id, filePath, code } messages and answers { id, messages } or { id, error }.
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.mjs') });

process.on('message', async ({ id, filePath, code }) => {
  try {
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
    process.send({ id, messages: result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
process.on('disconnect', () => process.exit(0));
