import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFindings, repo } from '../../support/checks';

// The default-then-override written over several lines is the same pattern as
// `process.env.X || "literal"` on one line, and gets the same outcome in every
// language: the environment locates the service, the literal is a local default.

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const conditions = (files: Record<string, string>) => {
  const dir = repo(files);
  made.push(dir);
  return [...new Set(checkFindings('backing-services/urls-from-env', dir).map((f) => f.condition))].sort();
};

const GO = (read: string) => `package main

import (
\t"database/sql"
\t"os"

\t_ "github.com/lib/pq"
)

func main() {
\t${read}
\tif dsn == "" {
\t\tdsn = "postgres://localhost:5432/orders?sslmode=disable"
\t}
\tdb, _ := sql.Open("postgres", dsn)
\tdefer db.Close()
}
`;

describe('a service address as the default of an environment read, over several lines', () => {
  it('Go: os.Getenv, then `if dsn == "" { dsn = "…" }`, is located by the environment, as `||` is in JavaScript', () => {
    expect(conditions({ 'main.go': GO('dsn := os.Getenv("DATABASE_URL")') })).toEqual(['from-env']);
    expect(conditions({ 'main.go': GO('dsn, _ := os.LookupEnv("DATABASE_URL")') })).toEqual(['from-env']);
    expect(conditions({ 'server.js': 'const { Pool } = require("pg");\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL || "postgres://localhost:5432/orders" });\nmodule.exports = pool;\n' })).toEqual(['from-env']);
  });

  it('Python and Ruby write the same thing with `if not url:` and `||=`', () => {
    const py = 'import os\nimport redis\n\nurl = os.getenv("REDIS_URL")\nif not url:\n    url = "redis://localhost:6379/0"\ncache = redis.Redis.from_url(url)\ncache.ping()\n';
    expect(conditions({ 'app.py': py })).toEqual(['from-env']);
    const rb = 'require "redis"\n\nurl = ENV["REDIS_URL"]\nurl ||= "redis://localhost:6379/0"\nREDIS = Redis.new(url: url)\nREDIS.ping\n';
    expect(conditions({ 'app.rb': rb })).toEqual(['from-env']);
  });

  it('a variable filled from anything but the environment keeps its literal address: hardcoded', () => {
    expect(conditions({ 'main.go': GO('dsn := flagValue("dsn")') })).toEqual(['hardcoded-store']);
    expect(conditions({ 'main.go': GO('var dsn string') })).toEqual(['hardcoded-store']);
  });
});
