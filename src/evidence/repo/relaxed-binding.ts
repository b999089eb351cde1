/**
 * The environment variable that overrides a config key under a framework's
 * binding rules, so a report can name what the platform sets:
 * - Spring Boot's relaxed binding: dots become `_`, dashes are dropped
 *   (`spring.datasource.url` ← SPRING_DATASOURCE_URL, `my-app.db` ← MYAPP_DB);
 * - MicroProfile Config (Quarkus, Micronaut alike): every character that is
 *   not a letter or digit becomes `_` (`database.host` ← DATABASE_HOST);
 * - .NET configuration: the section separator `:` becomes `__`
 *   (`ConnectionStrings:Default` ← CONNECTIONSTRINGS__DEFAULT).
 */
export type BindingStyle = 'spring' | 'microprofile' | 'dotnet';

export function envNameOfKey(key: string, style: BindingStyle): string {
  const k = key.trim();
  if (style === 'spring') return k.replace(/-/g, '').replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
  if (style === 'dotnet') return k.replace(/:/g, '__').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
  return k.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

/** The binding style of an environment overlay, by the name envOverlayOf gives it (undefined: the overlay maps no dotted keys). */
export function bindingStyleOf(overlay: string): BindingStyle | undefined {
  if (/Spring/.test(overlay)) return 'spring';
  if (/MicroProfile|Micronaut/.test(overlay)) return 'microprofile';
  if (/ASP\.NET/.test(overlay)) return 'dotnet';
  return undefined;
}

/** The config keys of `${key}` or `${key:default}` placeholders in a line, in order. */
export function placeholderKeys(line: string): string[] {
  return [...line.slice(0, 4000).matchAll(/\$\{([a-z][\w-]{0,60}(?:\.[\w-]{1,60}){0,8})(?::[^}\s]{0,80})?\}/g)].map((m) => m[1]!);
}
