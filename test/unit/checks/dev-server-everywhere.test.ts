import { describe, expect, it } from 'vitest';
import { checkFindings, throwawayRepos } from '../../support/checks';

// One list of development servers: a server is judged a development server by V (run at start)
// exactly when IX (PID 1) says so, in every language.
const make = throwawayRepos();

const apps: Array<[string, Record<string, string>, string]> = [
  ['flask run', { 'requirements.txt': 'flask==3.0.3\n', 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' }, '["flask", "run", "--host", "0.0.0.0"]'],
  ['uvicorn --reload', { 'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n', 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' }, '["uvicorn", "main:app", "--host", "0.0.0.0", "--reload"]'],
  ['manage.py runserver', { 'requirements.txt': 'django==5.0\n', 'manage.py': 'import django\n' }, '["python", "manage.py", "runserver", "0.0.0.0:8000"]'],
  ['nodemon', { 'package.json': '{"name":"a","dependencies":{"express":"4.19.2"},"devDependencies":{"nodemon":"3.1.0"}}', 'server.js': 'require("express")().listen(process.env.PORT)\n' }, '["npx", "nodemon", "server.js"]'],
  ['npm run dev', { 'package.json': '{"name":"a","scripts":{"dev":"next dev"},"dependencies":{"next":"14.2.0"}}' }, '["npm", "run", "dev"]'],
];

describe('a development server is one for every factor that asks', () => {
  it.each(apps)('%s: V says it runs at start and IX that it is PID 1', (_name, files, cmd) => {
    const dir = make({ ...files, Dockerfile: `FROM tfa-base/node:24\nWORKDIR /app\nCOPY . .\nCMD ${cmd}\n` });
    expect(checkFindings('build-release-run/no-build-at-start', dir).map((f) => f.message).join('\n')).toMatch(/development server/);
    const ix = checkFindings('disposability/exec-form-cmd', dir).map((f) => f.condition);
    // npm as PID 1 is a wrapper first: IX names that, which is the stronger finding.
    expect(ix[0]).toBe(cmd.startsWith('["npm"') ? 'shell-or-wrapper' : 'dev-server');
  });
});
