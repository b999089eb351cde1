import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConfigInput, ConfigSchema } from '../../../src/config/schema';
import { audit } from '../../../src/pipeline/audit';
import { fixture, throwawayRepos } from '../../support/checks';

/**
 * A folder named samples/examples/docs is a showcase beside the code only at the top of a
 * repository, an app or a package; inside a language's source tree it is a package of the app
 * (spring-petclinic's org.springframework.samples.petclinic lost every source file to it).
 */
const made = throwawayRepos();
const JVM = fixture('calibration/jvm-samples-package');
const pom = readFileSync(`${JVM}/pom.xml`, 'utf8');
const storeController = readFileSync(`${JVM}/src/main/java/org/example/samples/clinic/VisitController.java`, 'utf8');
const DOCKERFILE = 'FROM eclipse-temurin:21.0.3_9-jre\nCOPY target/app.jar /app.jar\nCMD ["java","-jar","/app.jar"]\n';

function processes(dir: string, config: ConfigInput = {}) {
  const { report } = audit({ repoRoot: dir, config: ConfigSchema.parse(config) });
  const vi = report.factors.find((f) => f.id === 'VI')!;
  return { verdict: vi.verdict, reason: vi.reason };
}

describe('showcase folder names inside a source tree are packages of the app', () => {
  it('reads a Kotlin app whose package has a samples segment', () => {
    const dir = made({
      'build.gradle.kts': 'plugins { kotlin("jvm") version "2.0.0" }\n',
      'src/main/kotlin/org/example/samples/clinic/Visits.kt': 'package org.example.samples.clinic\n\nimport java.sql.DriverManager\n\nfun visits() = DriverManager.getConnection("jdbc:sqlite:visits.db")\n',
    });
    expect(processes(dir)).toEqual({ verdict: 'fail', reason: expect.stringContaining('src/main/kotlin/org/example/samples/clinic/Visits.kt:5') });
  });

  it('reads an app in a sub-folder whose Java package has a samples segment, audited there or found from the root', () => {
    const dir = made({ 'service/pom.xml': pom, 'service/Dockerfile': DOCKERFILE, 'service/src/main/java/org/example/samples/clinic/VisitController.java': storeController });
    for (const config of [{ path: 'service' }, {}]) {
      expect(processes(dir, config)).toEqual({ verdict: 'fail', reason: expect.stringContaining('service/src/main/java/org/example/samples/clinic/VisitController.java:12') });
    }
  });

  it('still leaves out a top-level examples folder, even one laid out as its own Maven module', () => {
    const dir = made({
      'pom.xml': pom,
      'src/main/java/org/example/clinic/App.java': 'package org.example.clinic;\n\npublic class App {\n    public static void main(String[] args) {}\n}\n',
      'examples/src/main/java/org/example/demo/VisitController.java': storeController.replace('samples.clinic', 'demo'),
      'samples/server.js': 'const orders = {};\nfunction add(id, o) {\n  orders[id] = o;\n}\n',
    });
    expect(processes(dir)).toEqual({ verdict: 'pass', reason: expect.stringContaining('in 1 source file(s)') });
  });
});
