import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFindings, repo } from '../../support/checks';

// What a Rails app does in production when its code says nothing: where
// Active Storage keeps uploads (the storage.yml entry production.rb selects)
// and where the logger writes (log/production.log unless stdout is bound,
// unconditionally or under a variable the deploy sets).

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const STORAGE_YML = `test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  bucket: orders
`;
const LOG_TO_STDOUT_IF_SET = `  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger           = ActiveSupport::Logger.new(STDOUT)
    config.logger    = ActiveSupport::TaggedLogging.new(logger)
  end
`;
const ATTACHING_MODEL = 'class Order < ApplicationRecord\n  has_one_attached :receipt\nend\n';

function rails(production: string, extra: Record<string, string> = {}): string {
  const dir = repo({
    'Gemfile': 'source "https://rubygems.org"\ngem "rails", "7.1.5"\n',
    'config/environments/production.rb': `Rails.application.configure do\n${production}end\n`,
    'config/storage.yml': STORAGE_YML,
    'config/application.rb': 'module Orders\n  class Application < Rails::Application\n  end\nend\n',
    'Dockerfile': 'FROM ruby:3.3.6-slim\nWORKDIR /rails\nENV RAILS_ENV=production\nCOPY . .\nCMD ["./bin/rails", "server"]\n',
    ...extra,
  });
  made.push(dir);
  return dir;
}

const conditions = (id: string, dir: string) => checkFindings(id, dir).map((f) => f.condition);

describe('Rails production defaults', () => {
  it('Active Storage on a Disk service that production selects, in an app that attaches files: uploads on local disk (VI)', () => {
    const dir = rails('  config.active_storage.service = :local\n  config.logger = ActiveSupport::Logger.new(STDOUT)\n', { 'app/models/order.rb': ATTACHING_MODEL });
    const f = checkFindings('processes/local-state', dir);
    expect(f.map((x) => x.condition)).toEqual(['local-state']);
    expect(f[0]!.message).toContain('config/environments/production.rb:2');
  });

  it('the Disk entries production does not select (test:, local:) are not state; nor is :local in an app that never attaches a file', () => {
    expect(conditions('processes/local-state', rails('  config.active_storage.service = :amazon\n', { 'app/models/order.rb': ATTACHING_MODEL }))).toEqual(['stateless']);
    expect(conditions('processes/local-state', rails('  config.active_storage.service = :local\n', { 'app/models/order.rb': 'class Order < ApplicationRecord\nend\n' }))).toEqual(['stateless']);
  });

  it('a service chosen by a variable the Dockerfile sets is the deploy\'s choice; unset, its default decides', () => {
    const production = '  config.active_storage.service = ENV.fetch("ACTIVE_STORAGE_SERVICE", "local").to_sym\n';
    const set = rails(production, {
      'app/models/order.rb': ATTACHING_MODEL,
      'Dockerfile': 'FROM ruby:3.3.6-slim\nENV ACTIVE_STORAGE_SERVICE=amazon\nCOPY . .\nCMD ["./bin/rails", "server"]\n',
    });
    expect(conditions('processes/local-state', set)).toEqual(['stateless']);
    expect(conditions('processes/local-state', rails(production, { 'app/models/order.rb': ATTACHING_MODEL }))).toEqual(['local-state']);
  });

  it('a logger bound to STDOUT only when RAILS_LOG_TO_STDOUT is set, and nothing sets it: Rails writes log/production.log (XI)', () => {
    const f = checkFindings('logs/no-file-logging', rails(LOG_TO_STDOUT_IF_SET));
    expect(f.map((x) => x.condition)).toEqual(['file-sink']);
    expect(f[0]!.message).toContain('config/environments/production.rb:2');
  });

  it('the same logger with RAILS_LOG_TO_STDOUT set by the Dockerfile or the compose file logs to stdout', () => {
    const byDockerfile = rails(LOG_TO_STDOUT_IF_SET, { 'Dockerfile': 'FROM ruby:3.3.6-slim\nENV RAILS_ENV=production RAILS_LOG_TO_STDOUT=1\nCOPY . .\nCMD ["./bin/rails", "server"]\n' });
    expect(conditions('logs/no-file-logging', byDockerfile)).toEqual(['stdout']);
    const byCompose = rails(LOG_TO_STDOUT_IF_SET, { 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_LOG_TO_STDOUT: "true"\n' });
    expect(conditions('logs/no-file-logging', byCompose)).toEqual(['stdout']);
  });

  it('no stdout logger anywhere is the file default; an unconditional one in production.rb or an initializer is stdout', () => {
    expect(conditions('logs/no-file-logging', rails('  config.log_level = :info\n'))).toEqual(['file-sink']);
    expect(conditions('logs/no-file-logging', rails('  config.logger = ActiveSupport::TaggedLogging.logger(STDOUT)\n'))).toEqual(['stdout']);
    expect(conditions('logs/no-file-logging', rails('  config.log_level = :info\n', { 'config/initializers/logging.rb': 'Rails.application.configure do\n  config.logger = ActiveSupport::Logger.new($stdout)\nend\n' }))).toEqual(['stdout']);
  });

  it('rails server in production is Puma, not a development server (IX); in development (-e, or no RAILS_ENV anywhere) it is', () => {
    const cmd = (env: string, args: string) => ({ 'Dockerfile': `FROM ruby:3.3.6-slim\n${env}COPY . .\nCMD ["./bin/rails", "server"${args}]\n` });
    const verdict = (files: Record<string, string>) => conditions('disposability/exec-form-cmd', rails('  config.log_level = :info\n', files));
    expect(verdict(cmd('ENV RAILS_ENV=production\n', ''))).toEqual(['reaches-app']);
    expect(verdict(cmd('', ', "-e", "production"'))).toEqual(['reaches-app']);
    expect(verdict({ ...cmd('', ''), 'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      RAILS_ENV: production\n' })).toEqual(['reaches-app']);
    expect(verdict(cmd('ENV RAILS_ENV=production\n', ', "-e", "development"'))).toEqual(['dev-server']);
    expect(verdict(cmd('', ''))).toEqual(['dev-server']);
  });
});
