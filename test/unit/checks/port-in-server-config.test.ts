import { describe, expect, it } from 'vitest';
import { checkFindings, throwawayRepos } from '../../support/checks';

// RUBRIC.md VII: a port fixed in a config file with no env override is warn; one written into the
// app's code is fail. A server's own config file is a config file even when written in Ruby or Python.
const make = throwawayRepos();
const portSource = (files: Record<string, string>) => checkFindings('port-binding/port-source', make(files)).map((f) => [f.condition, f.outcome]);

const rails = {
  Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "puma", "~> 6.0"\n',
  Dockerfile: 'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\nCMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]\n',
};
const flask = {
  'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n',
  'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
};

describe('a port in the server\'s own config file is a config-file setting, in every language', () => {
  it('puma: `port 3000` in config/puma.rb warns; reading PORT there passes', () => {
    expect(portSource({ ...rails, 'config/puma.rb': 'threads 5, 5\nport 3000\n' })).toEqual([['fixed-in-command', 'warn']]);
    expect(portSource({ ...rails, 'config/puma.rb': 'threads 5, 5\nport ENV.fetch("PORT") { 3000 }\n' })).toEqual([['from-env', 'pass']]);
  });

  it('gunicorn: `bind` in gunicorn.conf.py, or in any file the start command loads with -c, warns', () => {
    const cmd = (c: string) => `FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ${c}\n`;
    expect(portSource({ ...flask, Dockerfile: cmd('["gunicorn", "app:app"]'), 'gunicorn.conf.py': 'workers = 2\nbind = "0.0.0.0:8000"\n' })).toEqual([['fixed-in-command', 'warn']]);
    expect(portSource({ ...flask, Dockerfile: cmd('["gunicorn", "-c", "conf/web_settings.py", "app:app"]'), 'conf/web_settings.py': 'bind = "0.0.0.0:8000"\n' })).toEqual([['fixed-in-command', 'warn']]);
  });

  it('the same line in the app\'s code is still a port written into the code', () => {
    const sinatra = { Gemfile: 'source "https://rubygems.org"\ngem "sinatra"\n', Dockerfile: 'FROM ruby:3.3\nCOPY . .\nCMD ["ruby", "app.rb"]\n', 'app.rb': 'require "sinatra"\nset :port, 4567\nget("/") { "ok" }\n' };
    expect(portSource(sinatra)).toEqual([['hardcoded-in-code', 'fail']]);
    const py = { ...flask, Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n', 'app.py': 'from flask import Flask\napp = Flask(__name__)\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8000)\n' };
    expect(portSource(py)).toEqual([['hardcoded-in-code', 'fail']]);
  });
});
