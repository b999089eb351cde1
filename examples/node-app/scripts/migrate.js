// One-off admin task: runs from the same image and config as the web process.
const url = process.env.DATABASE_URL;
process.stdout.write(`migrate: ${url ? 'applying migrations' : 'no DATABASE_URL set, nothing to migrate'}\n`);
process.exit(0);
