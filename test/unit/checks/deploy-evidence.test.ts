import { describe, expect, it } from 'vitest';
import { checkFindings, throwawayRepos } from '../../support/checks';

const throwaway = throwawayRepos();
const outcomes = (id: string, dir: string) => checkFindings(id, dir).map((f) => [f.outcome, f.message]);

const PY = { 'requirements.txt': 'fastapi==0.111.0\npydantic-settings==2.3.0\n', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' };

describe('evidence of how the app is built, scaled and bound', () => {
  it('a jar the repository does not hold is built outside the image build (V warn); one a stage builds is not', () => {
    const outside = throwaway({ 'pom.xml': '<project/>', 'src/main/java/App.java': 'class App {}', Dockerfile: 'FROM eclipse-temurin:21.0.3_9-jre\nCOPY target/*.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n' });
    expect(outcomes('build-release-run/build-definition', outside)).toEqual([['pass', expect.any(String)], ['warn', expect.stringContaining('target/*.jar')]]);
    const staged = throwaway({ 'pom.xml': '<project/>', 'src/main/java/App.java': 'class App {}', Dockerfile: 'FROM maven:3.9.8-eclipse-temurin-21 AS build\nCOPY . .\nRUN mvn -q package\nFROM eclipse-temurin:21.0.3_9-jre\nCOPY --from=build target/*.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n' });
    expect(outcomes('build-release-run/build-definition', staged).map(([o]) => o)).toEqual(['pass']);
  });

  it('a platform spec with an instance count declares a formation', () => {
    const dir = throwaway({ ...PY, Dockerfile: 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["fastapi", "run", "app/main.py"]\n', 'spec.yaml': 'name: shop\nservices:\n  - name: web\n    dockerfile_path: Dockerfile\n    github:\n      repo: acme/shop\n    instance_count: 2\n' });
    expect(outcomes('concurrency/process-types', dir)).toEqual([['pass', expect.stringContaining('spec.yaml sets instance_count: 2')]]);
  });

  it('a server run without a port flag listens on its own default: fastapi run on 0.0.0.0:8000 (warn), uvicorn on 127.0.0.1 (fail)', () => {
    const fastapi = throwaway({ ...PY, 'app/settings.py': 'from pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    DATABASE_URL: str\n', Dockerfile: 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["fastapi", "run", "app/main.py"]\n' });
    expect(outcomes('port-binding/port-source', fastapi)).toEqual([['warn', expect.stringContaining('8000')]]);
    const uvicorn = throwaway({ ...PY, Dockerfile: 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["uvicorn", "app.main:app"]\n' });
    expect(outcomes('port-binding/port-source', uvicorn)).toEqual([['fail', expect.stringContaining('loopback')]]);
  });

  it("a Caddyfile the image ships that listens on {$PORT} takes the environment's port", () => {
    const dir = throwaway({ 'public/index.php': '<?php echo 1;', Caddyfile: ':{$PORT:80} {\n  root * /srv/public\n  file_server\n}\n', Dockerfile: 'FROM caddy:2.8.4\nCOPY Caddyfile /etc/caddy/Caddyfile\nCOPY public /srv/public\nCMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile"]\n' });
    expect(outcomes('port-binding/port-source', dir)).toEqual([['pass', expect.stringContaining('Caddyfile:1')]]);
  });

  it("a Helm chart's image comes from its values.yaml: an untagged one runs latest, a templated tag names each release", () => {
    const chart = (image: string) =>
      throwaway({
        ...PY,
        Dockerfile: 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["fastapi", "run", "app/main.py", "--port", "8000"]\n',
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
        'chart/values.yaml': `replicaCount: 2\nimages:\n  api: "${image}"\n`,
        'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: "{{ .Values.images.api }}"\n',
      });
    expect(outcomes('build-release-run/release-tags', chart('ghcr.io/acme/api'))).toEqual([['warn', expect.stringContaining('latest')]]);
    expect(outcomes('build-release-run/release-tags', chart('ghcr.io/acme/api:1.4.2')).map(([o]) => o)).toEqual(['pass']);
    expect(outcomes('concurrency/process-types', chart('ghcr.io/acme/api')).map(([o]) => o)).toEqual(['pass']);
  });

  it('a port fixed by a system property in the image ENV the JVM or its launcher reads is fixed (warn); $PORT in the command stays the platform port', () => {
    const jvm = (env: string, cmd: string) => throwaway({ 'pom.xml': '<project><dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency></dependencies></project>', 'src/main/java/App.java': 'class App {}', Dockerfile: `FROM maven:3.9.8-eclipse-temurin-21 AS build\nCOPY . .\nRUN mvn -q package\nFROM eclipse-temurin:21.0.3_9-jre\n${env}\nCOPY --from=build target/app.jar /app.jar\nENTRYPOINT ${cmd}\n` });
    expect(outcomes('port-binding/port-source', jvm('ENV JAVA_OPTIONS="-Dquarkus.http.port=8080"', '["sh", "-c", "exec java $JAVA_OPTIONS -jar /app.jar"]'))).toEqual([['warn', expect.stringContaining('8080')]]);
    expect(outcomes('port-binding/port-source', jvm('ENV PORT=8080', '["sh", "-c", "exec java -Dquarkus.http.port=$PORT -jar /app.jar"]')).map(([o]) => o)).toEqual(['pass']);
  });
});
