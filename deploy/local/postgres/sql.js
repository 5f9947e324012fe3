// Runs one SQL statement and prints the rows like `psql -qtAX` (values joined by |), for
// machines without the psql client. Usage: node sql.js <connection-url> <sql>
const { Client } = require('pg');

const [url, sql] = process.argv.slice(2);
const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
client
  .connect()
  .then(() => client.query({ text: sql, rowMode: 'array' }))
  .then((result) => {
    for (const row of result.rows ?? [])
      console.log(row.map((value) => (value === null ? '' : String(value))).join('|'));
    return client.end();
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
