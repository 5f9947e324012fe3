import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { openApiPath, renderOpenApiDocuments } from './render-openapi';

/** npm run openapi: refreshes services/<service>/openapi.json. */
renderOpenApiDocuments()
  .then((documents) => {
    for (const [service, document] of documents) {
      writeFileSync(openApiPath(service), document);
      console.log(`wrote ${openApiPath(service)}`);
    }
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
