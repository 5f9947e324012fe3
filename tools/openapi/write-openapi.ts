import 'reflect-metadata';
// Before any AppModule is imported: the development auth variables when the shell has none.
import './development-env';
import { writeFileSync } from 'node:fs';
import { writeConsoleApiTypes } from './console-api-types';
import { openApiPath, renderOpenApiDocuments } from './render-openapi';

/** npm run openapi: refreshes services/<service>/openapi.json and the console's API types generated from them. */
renderOpenApiDocuments()
  .then((documents) => {
    for (const [service, document] of documents) {
      writeFileSync(openApiPath(service), document);
      console.log(`wrote ${openApiPath(service)}`);
    }
    for (const file of writeConsoleApiTypes()) console.log(`wrote ${file}`);
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
