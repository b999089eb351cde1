import { credentialValue, isCredentialName } from './secrets/placeholder';
import { lineAt, lineStarts } from './secrets/scan';
import { credentialEnvDefaults } from './env-defaults';
import { requiredLiterals } from './literals';
import { memoryStores } from './memory-state';
import { settingsFields } from './settings-fields';
import { isNonRuntimePath, type Language, languageOf, relativeTo } from './paths';
import type { Snapshot } from './snapshot';

/**
 * Source-level facts per language: where port, backing services and config
 * come from, hardcoded ports and hosts, file logging, local state, signal
 * handlers, daemonising. Each signal is a line the checks can cite. Patterns
 * are bounded and line-local; comment lines and very long (minified) lines
 * are skipped; tests, docs, examples and vendored code are not the app.
 */
export type SignalKind =
  | 'env-read'
  | 'port-from-env'
  | 'hardcoded-port'
  | 'service-url-from-env'
  | 'hardcoded-service-host'
  | 'service-host-fallback'
  | 'file-logging'
  | 'log-file-path'
  | 'sqlite'
  | 'upload-dir'
  | 'memory-session'
  | 'signal-handler'
  | 'env-validation'
  | 'hardcoded-credential'
  | 'daemonize'
  | 'supervisor'
  | 'server'
  | 'port-from-argv'
  | 'env-overlay'
  | 'long-running'
  | 'cli-parser'
  | 'http-endpoint'
  | 'memory-store'
  | 'migrate-in-code'
  | 'service-client'
  | 'service-url-placeholder';

export interface Signal {
  kind: SignalKind;
  file: string;
  line: number;
  /** The source line, trimmed and cut to 160 characters. Credentials are masked by the pattern's own redaction. */
  snippet: string;
  lang: Language;
  /**
   * The environment variable read, when no call on the line names it (a field of a settings class a library fills by name);
   * on a hardcoded credential, the variable it is the default of (`os.environ.get("X") or "…"`).
   */
  variable?: string;
}

interface Pattern {
  kind: SignalKind;
  langs: Language[];
  re: RegExp;
  /** A literal that must appear in the file for the pattern to be tried. */
  hint: string;
  /** Not when the line also matches this (e.g. the env is read on the same line). */
  unless?: RegExp;
  /** Only when the line also matches this. */
  only?: RegExp;
  /** Hides a credential in the snippet. */
  redact?: boolean;
}

export const ENV_ON_LINE = /process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|Getenv\(|LookupEnv|System\.getenv|System\.get_env|System\.fetch_env|ENV\[|ENV\.fetch|\$_ENV|\$_SERVER|env::var|env\(|\$\{[A-Z_]+|config\(['"][A-Z_]|Settings\b|GetEnvironmentVariable|Configuration\[|GetValue<|@ConfigProperty|@Value\(/;
/**
 * A call to a function named for the environment (`envOr("PORT", …)`, `getEnv`, `env_or`,
 * `LookupEnv`, Laravel's `env`) with a literal variable name next: a helper that reads the
 * environment, whatever the codebase calls it. Setters (`setenv`, `Setenv`, `putenv`) are not reads.
 */
const ENV_HELPER = "\\b(?![Ss]et|[Uu]nset|[Pp]ut)\\w{0,30}?(?:env|Env|ENV)\\w{0,30}!?\\(\\s*";
const SERVICE_VAR = '[A-Z_]*(?:DATABASE|DB|REDIS|MONGO|POSTGRES|PG|MYSQL|AMQP|RABBIT|KAFKA|ELASTIC|MEMCACHE|CACHE|BROKER|SMTP|QUEUE|NATS|S3)[A-Z_]*';
/**
 * A validated copy of the environment, read by variable name: the object Joi, envalid, zod, convict or
 * t3-env return from `process.env` (`envVars.DATABASE_URL`, `env.PORT`), Deno's `env.get("…")`, and
 * environs' typed readers in Python (`env.str("REDIS_URL")`, `env.dj_db_url("DATABASE_URL")`).
 */
const ENV_COPY = "\\benv(?:Vars?|ironment)?\\.(?:(?:str|url|db|dj_db_url|dj_cache_url|json|get)\\(\\s*['\"])?";
/**
 * A service location read from the environment by a call or syntax that names the variable
 * (HOCON's optional override `${?DATABASE_URL}` and python-decouple's `config("DATABASE_URL")` too).
 */
const SERVICE_URL_FROM_ENV = new RegExp(`(?:${ENV_COPY}|process\\.env\\.|\\bconfig\\(\\s*['"]|environ(?:\\.get)?[\\[(]\\s*['"]|getenv\\(\\s*['"]|Getenv\\(\\s*"|ENV(?:\\[|\\.fetch\\()\\s*['"]|\\$_ENV\\[['"]|env\\(\\s*['"]|env::var\\(\\s*"|GetEnvironmentVariable\\(\\s*"|System\\.(?:get_env|fetch_env!?)\\(\\s*"|GetConnectionString\\(\\s*"|getenv\\(\\)\\s*\\.get(?:OrDefault)?\\(\\s*"|\\$\\{\\??|\`(?:env|envconfig):"|\\b(?:envvar|envVar|env_var|envName|env_name|envKey|env)\\s*(?::|=>|=)\\s*['"])${SERVICE_VAR}\\b`);
/** URL schemes of data stores, caches and queues (JDBC's `jdbc:<driver>` prefix included). */
const SERVICE_SCHEME = '\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|nats|jdbc:[a-z]{2,12})';
/** A word that may make a name a secret's; isCredentialName decides on the whole name. */
const SECRET_NAME_WORD = '(?:pass|pwd|secret|token|credential|api_?key|access_?key|private_?key|signing_?key|app_?key|jwt_?key|master_?key|session_?key|hmac|salt)';
const SERVICE_PORTS = '5432|3306|6379|27017|5672|9200|11211|9092|1433|1521|26257|4222|15672';
/**
 * A data store's address written down: host and service port, a URL of a store's scheme, a PDO
 * DSN (`pgsql:host=db;dbname=app`), or a key=value connection string (`Host=db;Database=app`,
 * `Server=db;Initial Catalog=app`) as ADO.NET, Npgsql and ODBC write them.
 */
const HARDCODED_HOST = new RegExp(
  `\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|host\\.docker\\.internal)(?::|['"]?\\s*,\\s*)(?:${SERVICE_PORTS})\\b|\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|ecto|jdbc:[a-z]{2,12}):\\/\\/[^\\s'"\`$]{1,200}` +
    `|\\b(?:pgsql|mysql|sqlsrv|dblib|oci|firebird):(?:host|server|unix_socket)=[\\w.\\/-]{1,200}|\\b(?:[Hh]ost|HOST|[Ss]erver|SERVER|Data Source|Address)\\s*=\\s*[\\w.,\\\\-]{1,200};[^"'\\n]{0,200}?\\b(?:[Dd]atabase|DATABASE|Initial Catalog)\\s*=`,
);

const P: Pattern[] = [
  // Config read from the environment.
  { kind: 'env-read', langs: ['js'], hint: 'env', re: /\bprocess\.env\b|\bimport\.meta\.env\b|\bDeno\.env\b|\bBun\.env\b/ },
  // No hint: BaseSettings and decouple imports hold no 'env'.
  { kind: 'env-read', langs: ['py'], hint: '', re: /\bos\.environ\b|\bos\.getenv\(|\bgetenv\(|\benviron\.Env\(|\bBaseSettings\b|\bfrom decouple import\b|\benv\.(?:str|int|bool|url|db)\(/ },
  // AutomaticEnv on any viper instance (viper.New(), a getter); 'nv' is in every alternative, 'env' is not in AutomaticEnv.
  { kind: 'env-read', langs: ['go'], hint: 'nv', re: /\bos\.(?:Getenv|LookupEnv|Environ)\(|\benvconfig\.Process\(|\.AutomaticEnv\(|\benv\.Parse\(/i },
  { kind: 'env-read', langs: ['jvm'], hint: 'env', re: /\bSystem\.getenv\(|@Value\("\$\{|\bEnvironment\b.*getProperty\(/ },
  { kind: 'env-read', langs: ['config'], hint: '${', re: /\$\{[A-Z][A-Z0-9_]*(?::[^}]{0,80})?\}/ },
  { kind: 'env-read', langs: ['ruby'], hint: 'ENV', re: /\bENV(?:\[|\.fetch\()/ },
  { kind: 'env-read', langs: ['php'], hint: 'env', re: /\bgetenv\(|\$_ENV\[|\$_SERVER\[['"][A-Z_]+['"]\]|\benv\(\s*['"][A-Z_]+/ },
  { kind: 'env-read', langs: ['rust'], hint: 'env', re: /\benv::var(?:_os)?\(|\benvy::|\bdotenvy?::|#\[(?:arg|clap)\([^)]{0,80}\benv\b/ },

  { kind: 'env-read', langs: ['cs'], hint: '', re: /\bEnvironment\.GetEnvironmentVariable\(|\bConfiguration\[\s*"|\.GetValue<[^>]{1,40}>\(\s*"|\bAddEnvironmentVariables\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(/ },
  { kind: 'env-read', langs: ['elixir'], hint: 'env', re: /\bSystem\.(?:get_env|fetch_env!?)\(/ },
  // Go config loaders that take a getenv function (`load(os.Getenv)`) read the environment through their parameter.
  { kind: 'env-read', langs: ['go'], hint: 'etenv', re: /\(\s*os\.Getenv\s*\)|\bgetenv\(\s*"[A-Z][A-Z0-9_]*"\s*\)/ },
  { kind: 'env-read', langs: ['jvm'], hint: 'Config', re: /@ConfigProperty\(|ConfigProvider\.getConfig\(|\bSmallRyeConfig\b/ },
  // A table of option names, each bound to its variable (convict `env: 'PORT'`, click `envvar=`, viper `BindEnv`, `env_var:`).
  { kind: 'env-read', langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir'], hint: '', re: /\b(?:env|envvar|envVar|env_var|envName|env_name|envKey)\s*(?::|=>|=)\s*['"][A-Z][A-Z0-9_]{1,60}['"]|\bBindEnv\(\s*"/ },

  // Overlays that let the environment override any config-file key.
  { kind: 'env-overlay', langs: ['go'], hint: 'AutomaticEnv', re: /\.AutomaticEnv\(/ },
  { kind: 'env-overlay', langs: ['py'], hint: 'BaseSettings', re: /\bclass\s+\w+\(\s*(?:pydantic_settings\.)?BaseSettings\b/ },
  { kind: 'env-overlay', langs: ['cs'], hint: '', re: /\bAddEnvironmentVariables\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(/ },
  { kind: 'env-overlay', langs: ['rust'], hint: 'Env', re: /\bEnv::prefixed\(|\bFigment::from\(\s*rocket::Config|\bconfig::Environment::with_prefix\(|\bEnvironment::default\(\)/ },

  // Port from the environment.
  { kind: 'port-from-env', langs: ['js'], hint: 'PORT', re: new RegExp(`process\\.env(?:\\.PORT\\b|\\[['"]PORT['"]\\])|${ENV_COPY}PORT\\b`) },
  // A settings field named port (pydantic reads it from PORT); the check keeps it only in a BaseSettings file.
  { kind: 'port-from-env', langs: ['py'], hint: 'PORT', re: /(?:environ(?:\.get)?|getenv)[[(]\s*['"]PORT['"]|\bPORT\b\s*[:=].*(?:environ|getenv|env\.int)/ },
  { kind: 'port-from-env', langs: ['go'], hint: 'PORT', re: /(?:Getenv|LookupEnv)\(\s*"PORT"\s*\)|`(?:env|envconfig):"PORT"/ },
  { kind: 'port-from-env', langs: ['jvm'], hint: 'PORT', re: /getenv\(\s*"PORT"\s*\)|getenv\(\)\s*\.get(?:OrDefault)?\(\s*"PORT"|\$\{PORT(?::\d{1,5})?\}/ },
  { kind: 'port-from-env', langs: ['config'], hint: 'PORT', re: /\$\{PORT(?::-?\d{1,5})?\}/ },
  { kind: 'port-from-env', langs: ['ruby'], hint: 'PORT', re: /ENV(?:\[|\.fetch\()\s*['"]PORT['"]/ },
  { kind: 'port-from-env', langs: ['php'], hint: 'PORT', re: /(?:getenv\(|\$_ENV\[|\$_SERVER\[|env\()\s*['"]PORT['"]/ },
  { kind: 'port-from-env', langs: ['rust'], hint: 'PORT', re: /env::var\(\s*"PORT"\s*\)/ },
  { kind: 'port-from-env', langs: ['shell'], hint: 'PORT', re: /\$\{?PORT\b/ },

  { kind: 'port-from-env', langs: ['go'], hint: 'PORT', re: /\bgetenv\(\s*"[A-Z_]*PORT"\s*\)|(?:Getenv|LookupEnv)\(\s*"[A-Z_]*(?:HTTP|SERVER|APP|WEB|LISTEN)_PORT"\s*\)/ },
  { kind: 'port-from-env', langs: ['js'], hint: 'PORT', re: /process\.env(?:\.|\[['"])(?:HTTP|SERVER|APP|WEB|LISTEN)_PORT\b/ },
  { kind: 'port-from-env', langs: ['py'], hint: 'PORT', re: /(?:environ(?:\.get)?|getenv)[[(]\s*['"](?:HTTP|SERVER|APP|WEB|LISTEN)_PORT['"]/ },
  { kind: 'port-from-env', langs: ['cs'], hint: '', re: /GetEnvironmentVariable\(\s*"(?:PORT|ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|HTTP_PORT)"|Configuration\[\s*"(?:PORT|urls|Urls)"\]/ },
  { kind: 'port-from-env', langs: ['elixir'], hint: 'PORT', re: /System\.(?:get_env|fetch_env!?)\(\s*"PORT"/ },
  { kind: 'port-from-env', langs: ['rust'], hint: 'PORT', re: /env::var\(\s*"(?:ROCKET_PORT|HTTP_PORT|APP_PORT|SERVER_PORT)"\s*\)/ },
  { kind: 'port-from-env', langs: ['jvm'], hint: 'PORT', re: /getenv\(\s*"(?:HTTP|SERVER|APP)_PORT"\s*\)|\$\{(?:SERVER|HTTP|QUARKUS_HTTP)_PORT(?::\d{1,5})?\}/ },
  // Through a helper of the codebase (`envOr("PORT", "8080")`, `getEnv('PORT', 3000)`): the default-then-override every language writes.
  // The whole-text scan finds the quoted name; only its lines are tried against the helper call (slow over whole files).
  { kind: 'port-from-env', langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir'], hint: 'PORT', re: /['"](?:HTTP_|SERVER_|APP_|WEB_|LISTEN_)?PORT['"]/, only: new RegExp(`(?:${ENV_HELPER}|\\b(?:env|envvar|envVar|env_var|envName|env_name|envKey)\\s*(?::|=>|=)\\s*)['"](?:PORT|HTTP_PORT|SERVER_PORT|APP_PORT|WEB_PORT|LISTEN_PORT)['"]`) },

  // The port comes from the command line: the start command decides it.
  { kind: 'port-from-argv', langs: ['js'], hint: 'argv', re: /\.listen\([^)]{0,80}process\.argv/ },
  { kind: 'port-from-argv', langs: ['py'], hint: 'port', re: /add_argument\(\s*['"]--port['"]|sys\.argv\[\d\][^\n]{0,40}port|port[^\n]{0,20}sys\.argv/ },
  { kind: 'port-from-argv', langs: ['go'], hint: 'flag', re: /flag\.(?:Int|String)(?:Var)?\([^)]{0,40}"(?:port|addr|listen|http)"/ },

  // The code serves a port (whatever the port's source): it is a web process.
  { kind: 'server', langs: ['js'], hint: '', re: /\.listen\(|\bcreateServer\(|\bBun\.serve\(|\bDeno\.serve\(|\bNestFactory\.create\(|\bserve\(\s*\{\s*fetch/ },
  { kind: 'server', langs: ['py'], hint: '', re: /\b(?:app|application|uvicorn|web|socketio)\.run\(|\bweb\.run_app\(|\bHTTPServer\(|\bserve_forever\(|\bmake_server\(|=\s*(?:Flask|FastAPI|Starlette|Sanic|Quart|Litestar)\(|@(?:app|router|api|bp|blueprint)\.(?:get|post|put|delete|patch|route)\(/ },
  { kind: 'server', langs: ['go'], hint: '', re: /\b(?:http\.)?ListenAndServe(?:TLS)?\(|\bnet\.Listen\(|\.Run\(\s*(?:"|fmt|addr|":"|\))|\.Start\(\s*(?:"|fmt|addr|":")|\bhttp\.Server\{/ },
  { kind: 'server', langs: ['jvm'], hint: '', re: /\bSpringApplication\.run\(|\.createHttpServer\(|\bembeddedServer\(|\bJavalin\.create\(|\bnew\s+ServerSocket\(|@(?:RestController|Controller|GetMapping|PostMapping|RequestMapping)\b|@(?:jakarta|javax)\.ws\.rs\.Path\b|@Path\(|\bQuarkus\.run\(|\bMicronaut\.run\(/ },
  { kind: 'server', langs: ['ruby'], hint: '', re: /^\s*(?:get|post|put|delete|patch)\s*(?:\(|\s)['"]\/|\bRack::Server\b|\bRails\.application\b|^\s*set\s+:(?:port|bind)\b/ },
  { kind: 'server', langs: ['php'], hint: '', re: /\$app->(?:get|post|run)\(|Route::(?:get|post)\(|->listen\(/ },
  // Long-running PHP servers (Swoole, OpenSwoole, ReactPHP, Workerman, RoadRunner): the process, not a web server in front, holds the port.
  { kind: 'server', langs: ['php'], hint: 'new', re: /\bnew\s+(?:\\?[\w\\]{1,80}\\)?(?:Server|SocketServer|HttpServer)\(\s*['"](?:0\.0\.0\.0|127\.0\.0\.1|\[?::\]?|localhost)(?::\d{2,5})?['"]|\bnew\s+(?:\\?[\w\\]{1,80}\\)?Worker\(\s*['"](?:http|websocket|tcp|text):\/\/|\bnew\s+(?:\\?Spiral\\RoadRunner\\Http\\)?PSR7Worker\(/ },
  { kind: 'server', langs: ['rust'], hint: '', re: /\bHttpServer::new\(|\baxum::serve\(|\bServer::bind\(|\brocket::build\(|#\[(?:rocket::)?launch\]|\bwarp::serve\(|\bTcpListener::bind\(/ },
  { kind: 'server', langs: ['cs'], hint: '', re: /\bWebApplication\.CreateBuilder\(|\bWebHost\.CreateDefaultBuilder\(|\.UseUrls\(|\.UseKestrel\(|\.MapGet\(|\.MapControllers\(|\.ListenAnyIP\(/ },
  { kind: 'server', langs: ['elixir'], hint: '', re: /\bPlug\.Cowboy\b|\bBandit\b|\bPhoenix\.Endpoint\b|\bhttp:\s*\[/ },

  // A process that keeps running with no port: a worker.
  { kind: 'long-running', langs: ['js'], hint: '', re: /\bsetInterval\(|\.consume\(|\bnew\s+Worker\(|\.process\(\s*['"\w]|\bcron\.schedule\(/ },
  { kind: 'long-running', langs: ['py'], hint: '', re: /^\s*while\s+True\s*:|\.start_consuming\(|\bschedule\.every\(|\bBlockingScheduler\(|\.run_forever\(/ },
  { kind: 'long-running', langs: ['go'], hint: '', re: /^\s*for\s*\{\s*$|\btime\.NewTicker\(|\bselect\s*\{\s*\}/ },

  // Command-line argument parsing: a tool run once per invocation, not a server.
  { kind: 'cli-parser', langs: ['py'], hint: '', re: /\bargparse\.ArgumentParser\(|^\s*import\s+(?:click|typer)\b|\bfire\.Fire\(/ },
  { kind: 'cli-parser', langs: ['js'], hint: '', re: /require\(['"](?:commander|yargs|meow|cac)['"]\)|from\s+['"](?:commander|yargs|meow|cac)['"]/ },
  { kind: 'cli-parser', langs: ['go'], hint: '', re: /"github\.com\/spf13\/cobra"|\bflag\.Parse\(\)/ },
  { kind: 'cli-parser', langs: ['rust'], hint: 'clap', re: /#\[derive\([^)]*Parser|clap::/ },

  // Hardcoded listening ports (the env is not read on the same line).
  { kind: 'hardcoded-port', langs: ['js'], hint: 'listen', re: /\.listen\(\s*\d{2,5}\s*[,)]/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['py'], hint: 'port', re: /\b(?:app|application|uvicorn|web|socketio)\.run\([^)]{0,200}\bport\s*=\s*\d{2,5}|web\.run_app\([^)]{0,200}port\s*=\s*\d{2,5}/, unless: ENV_ON_LINE },
  // A gunicorn config file (`bind = "0.0.0.0:8000"`) need not say "port" anywhere.
  { kind: 'hardcoded-port', langs: ['py'], hint: 'bind', re: /\bbind\s*=\s*['"][^'"]{0,40}:\d{2,5}['"]/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['py'], hint: 'runserver', re: /runserver\s+(?:[\d.]+:)?\d{2,5}/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['go'], hint: '"', re: /(?:ListenAndServe(?:TLS)?|\.Run|\.Start|net\.Listen)\(\s*(?:"tcp",\s*)?"[\w.]{0,40}:\d{2,5}"/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['jvm'], hint: '', re: /new ServerSocket\(\s*\d{2,5}|\bport\(\s*\d{2,5}\s*\)|embeddedServer\([^)]{0,80}port\s*=\s*\d{2,5}|\.bind\(\s*\d{2,5}\s*\)|\.listen\(\s*\d{2,5}\s*[,)]|\.start\(\s*\d{2,5}\s*\)|\.setPort\(\s*\d{2,5}\s*\)/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['cs'], hint: '', re: /\.UseUrls\(\s*"[^"]{0,80}:\d{2,5}|\.Listen(?:AnyIP|Localhost)\(\s*\d{2,5}|\bapp\.Run\(\s*"[^"]{0,80}:\d{2,5}"|\.Listen\(\s*IPAddress\.\w+,\s*\d{2,5}/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['elixir'], hint: 'port', re: /\bport:\s*\d{2,5}\b/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['config'], hint: 'port', re: /^\s*server\.port\s*[=:]\s*\d{2,5}\s*$|^\s{2,}port:\s*\d{2,5}\s*$/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['ruby'], hint: 'port', re: /^\s*port\s+\d{2,5}\s*$|\bset\s+:port,\s*\d{2,5}|\bPort:\s*\d{2,5}/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['php'], hint: 'listen', re: /->listen\(\s*\d{2,5}|\bphp\s+-S\s+[\w.]{0,40}:\d{2,5}/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['php'], hint: 'new', re: /\bnew\s+(?:\\?[\w\\]{1,80}\\)?(?:Server|SocketServer|HttpServer|Worker)\(\s*['"](?:(?:https?|websocket|tcp|text):\/\/)?[\w.[\]:-]{0,60}?(?::\d{2,5}['"]|['"]\s*,\s*\d{2,5}\s*[,)])/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-port', langs: ['rust'], hint: 'bind', re: /\.bind\(\s*(?:"[\w.]{0,40}:\d{2,5}"|\(\s*"[\w.]{0,40}",\s*\d{2,5}\s*\)|&?"[\w.]{0,40}:\d{2,5}"\.parse)|SocketAddr::from\(\(\[[\d, ]{0,20}\],\s*\d{2,5}\)\)/, unless: ENV_ON_LINE },

  // Backing-service locations.
  { kind: 'service-url-from-env', langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config'], hint: '_', re: SERVICE_URL_FROM_ENV },
  // Through a helper of the codebase (`envOr("DATABASE_URL", …)`): the whole-text scan finds the quoted name, and only
  // its lines are tried against the helper call (a lazy `\w{0,30}?` at every word boundary is slow over whole files).
  {
    kind: 'service-url-from-env',
    langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config'],
    hint: '_',
    re: new RegExp(`["'\`]${SERVICE_VAR}\\b`),
    only: new RegExp(`${ENV_HELPER}['"]${SERVICE_VAR}\\b`),
    // One signal per line: a line the direct reads above already match is not counted twice.
    unless: SERVICE_URL_FROM_ENV,
  },
  // .NET: a connection string is a backing-service location by definition, and the host reads ConnectionStrings__<name> from the environment.
  { kind: 'service-url-from-env', langs: ['cs'], hint: 'GetConnectionString', re: /\bGetConnectionString\(\s*"[\w.:-]{1,80}"/ },
  // A service URL whose host is another config key (`jdbc:postgresql://${database.host}:5432/app`): Spring's relaxed
  // binding and MicroProfile Config let DATABASE_HOST override that key; whether one does is the check's to say.
  { kind: 'service-url-placeholder', langs: ['config', 'jvm'], hint: '${', re: new RegExp(`${SERVICE_SCHEME}:\\/\\/(?:[^\\s'"\`$@/]{0,64}@)?\\$\\{[a-z][\\w-]{0,60}(?:\\.[\\w-]{1,60}){0,8}(?::[^}\\s]{0,80})?\\}`) },

  // Driver, client and ORM calls that connect to a backing service (a SQLite file is local state, not one): the app uses a service wherever its location comes from.
  { kind: 'service-client', langs: ['js'], hint: '', re: /\bmongoose\.(?:connect|createConnection)\(|\bMongoClient(?:\.connect)?\(|\bnew\s+(?:pg\.)?(?:Pool|Client)\(|\b(?:redis\.)?createClient\(|\bnew\s+(?:Redis|IORedis|Sequelize|PrismaClient|DataSource|Kafka|S3Client)\(|\b[kK]nex\(\s*\{|\b(?:mysql2?|mysql\.promise\(\))\.create(?:Pool|Connection)\(|\bamqp\.connect\(|\bnodemailer\.createTransport\(|\bpostgres\(\s*(?:process|env|config|[`'"]postgres)/ },
  { kind: 'service-client', langs: ['py'], hint: '', re: /\bcreate_(?:async_)?engine\(\s*(?!['"]sqlite)|\bpsycopg2?\.connect\(|\b(?:Async)?Connection\.connect\(|\basyncpg\.(?:connect|create_pool)\(|\b(?:redis\.)?(?:Strict)?Redis(?:\.from_url)?\(|\baioredis\.from_url\(|\b(?:AsyncIOMotor|Mongo)Client\(|\bpymysql\.connect\(|\bmysql\.connector\.connect\(|\bpika\.(?:Blocking|Select)Connection\(|\bCelery\(|\bboto3\.(?:client|resource)\(\s*['"](?:s3|sqs|dynamodb)|\bsmtplib\.SMTP(?:_SSL)?\(|\bKafka(?:Producer|Consumer)\(|\bSQLAlchemy\(/ },
  { kind: 'service-client', langs: ['go'], hint: '', re: /\bpgxpool\.(?:New|NewWithConfig|Connect)\(|\bpgx\.Connect\(|\bsql(?:x)?\.(?:Open|Connect)\(\s*"(?!sqlite)|\bgorm\.Open\(\s*(?:postgres|mysql|sqlserver)\.|\bredis\.(?:NewClient|NewClusterClient|ParseURL)\(|\bmongo\.Connect\(|\bamqp(?:091)?\.Dial\(|\basynq\.(?:NewClient|NewServer|ParseRedisURI)\(|\bnats\.Connect\(|\bkafka\.NewWriter\(|\bsmtp\.Dial\(/ },
  { kind: 'service-client', langs: ['jvm'], hint: '', re: /\bDriverManager\.getConnection\(|\bnew\s+(?:Hikari|Basic|Druid)DataSource\(|\bDataSourceBuilder\.create\(|\bMongoClients\.create\(|\bnew\s+Jedis(?:Pool)?\(|\bRedisClient\.create\(|\bnew\s+Kafka(?:Producer|Consumer)\(/ },
  // JDBC URLs and datasource keys in application config: Spring Boot and Quarkus connect to what they name.
  { kind: 'service-client', langs: ['config'], hint: '', re: /\bjdbc:(?!sqlite|h2:mem|hsqldb:mem|h2:file|hsqldb:file)[a-z]{2,12}:|^\s*(?:spring\.)?datasource\.(?:url|jdbc-url)\s*[=:]|^\s*(?:quarkus\.)?datasource\.(?:jdbc\.url|reactive\.url)\s*[=:]|^\s*adapter:\s*(?:postgres(?:ql)?|postgis|mysql2?|trilogy|sqlserver|oracle_enhanced)\s*$/ },
  { kind: 'service-client', langs: ['ruby'], hint: '', re: /\bPG\.connect\(|\bRedis\.new\(|\bMongo::Client\.new\(|\bSequel\.connect\(|\bestablish_connection\b|\bBunny\.new\(|\bMysql2::Client\.new\(/ },
  { kind: 'service-client', langs: ['php'], hint: '', re: /\bnew\s+\\?PDO\(\s*(?!['"]sqlite)|\bnew\s+\\?(?:Predis\\Client|Redis|MongoDB\\Client|mysqli)\(|\b(?:mysqli|pg)_connect\(/ },
  { kind: 'service-client', langs: ['rust'], hint: '', re: /\b(?:PgPool|MySqlPool)(?:Options)?::(?:new|connect)|\bredis::Client::open\(|\b(?:Pg|Mysql)Connection::establish\(|\bmongodb::Client::with_uri_str\(|\btokio_postgres::connect\(|\blapin::Connection::connect\(|\bdeadpool_postgres::/ },
  { kind: 'service-client', langs: ['cs'], hint: '', re: /\.Use(?:SqlServer|Npgsql|MySql|MySQL|Oracle|Cosmos)\(|\bnew\s+(?:SqlConnection|NpgsqlConnection|MySqlConnection|MongoClient)\(|\bConnectionMultiplexer\.Connect(?:Async)?\(|\bAddStackExchangeRedisCache\(|\bNpgsqlDataSource\.Create\(/ },
  { kind: 'service-client', langs: ['elixir'], hint: '', re: /\bEcto\.Adapters\.(?:Postgres|MyXQL|Tds)\b|\bRedix\.start_link\(|\bPostgrex\.start_link\(|\bAMQP\.Connection\.open\(/ },
  {
    kind: 'hardcoded-service-host',
    langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir'],
    hint: '',
    re: HARDCODED_HOST,
    unless: ENV_ON_LINE,
    redact: true,
  },
  // The database host as a config key: Ecto's `hostname:`, Django's `'HOST':`, a PHP config array's `'host' =>`.
  { kind: 'hardcoded-service-host', langs: ['elixir'], hint: 'hostname', re: /\bhostname:\s*"[\w.-]{1,200}"/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-service-host', langs: ['py'], hint: 'HOST', re: /['"]HOST['"]\s*:\s*['"][\w.-]{1,200}['"]/, unless: ENV_ON_LINE },
  { kind: 'hardcoded-service-host', langs: ['php'], hint: 'host', re: /['"](?:host|hostname|db_host)['"]\s*=>\s*['"][\w.-]{1,200}['"]/, unless: ENV_ON_LINE },
  // In YAML or INI an upper-case key (`DATABASE_URL: postgres://db/app`, `- REDIS_URL=…`) sets an environment variable for the app: config in the environment, not a host in code.
  { kind: 'hardcoded-service-host', langs: ['config'], hint: '', re: HARDCODED_HOST, unless: new RegExp(`${ENV_ON_LINE.source}|^\\s*-?\\s*["']?[A-Z][A-Z0-9_]*["']?\\s*[:=]`), redact: true },
  {
    kind: 'service-host-fallback',
    langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config'],
    hint: '',
    re: new RegExp(`\\b(?:localhost|127\\.0\\.0\\.1)(?::|['"]?\\s*,\\s*)(?:${SERVICE_PORTS})\\b|\\b(?:postgres(?:ql)?|mysql|mongodb|rediss?|amqps?):\\/\\/[^\\s'"\`$]{0,100}(?:localhost|127\\.0\\.0\\.1)`),
    only: ENV_ON_LINE,
    redact: true,
  },

  // Hardcoded HTTP endpoints handed to a client, or held in a constant: third-party APIs and sibling services.
  { kind: 'http-endpoint', langs: ['js'], hint: 'http', re: /\b(?:fetch|axios(?:\.\w+)?|got(?:\.\w+)?|request|superagent\.\w+|ky(?:\.\w+)?)\(\s*['"`]https?:\/\/|\bbaseURL:\s*['"`]https?:\/\/|^\s*(?:export\s+)?const\s+[A-Z][A-Z0-9_]*\s*=\s*['"`]https?:\/\//, unless: ENV_ON_LINE },
  { kind: 'http-endpoint', langs: ['py'], hint: 'http', re: /\b(?:requests|httpx|session|client|aiohttp\.ClientSession\(\)\.?)\.(?:get|post|put|patch|delete|request)\(\s*f?['"]https?:\/\/|^[A-Z][A-Z0-9_]*\s*(?::\s*str\s*)?=\s*f?['"]https?:\/\//, unless: ENV_ON_LINE },
  { kind: 'http-endpoint', langs: ['ruby'], hint: '', re: /\bNet::HTTP\.(?:new|start|get(?:_response)?|post(?:_form)?)\(\s*(?:URI\(\s*)?['"][\w.-]+|\b(?:HTTParty|Faraday|RestClient)\.(?:get|post|new|put)\(\s*['"]https?:\/\/|\bURI\(\s*['"]https?:\/\/|^\s*[A-Z][A-Z0-9_]*\s*=\s*['"]https?:\/\//, unless: ENV_ON_LINE },
  { kind: 'http-endpoint', langs: ['go'], hint: 'http', re: /\bhttp\.(?:Get|Post|Head|PostForm|NewRequest(?:WithContext)?)\([^)]{0,80}"https?:\/\/|^\s*(?:const|var)?\s*[A-Za-z]\w*(?:URL|Url|Endpoint|Host|API|Api)\w*\s*=\s*"https?:\/\//, unless: ENV_ON_LINE },
  { kind: 'http-endpoint', langs: ['jvm', 'cs', 'php', 'rust', 'elixir'], hint: 'http', re: /\b(?:new\s+URL|URI\.create|new\s+Uri|HttpRequest\.newBuilder\(\s*URI\.create|reqwest::get|Client::new\(\)\.(?:get|post)|Http(?:oison|Client)?\.(?:get|post)!?|Req\.(?:get|post)!?|file_get_contents|curl_init|Http::(?:get|post))\(\s*[\w.:]*\(?\s*['"]https?:\/\/|(?:static\s+final\s+String|const\s+string|const|@\w+)\s+[A-Za-z_]\w*(?:URL|Url|ENDPOINT|Endpoint|HOST|Host|API|Api)\w*\s*=\s*['"]https?:\/\//, unless: ENV_ON_LINE },

  // Logs written to files.
  { kind: 'file-logging', langs: ['js'], hint: 'ile', re: /\btransports\.(?:File|DailyRotateFile)\b|new\s+DailyRotateFile\(|pino\.destination\(\s*['"`][^'"`]{1,200}['"`]|\btype:\s*['"](?:file|dateFile|fileSync)['"]|createWriteStream\([^;\n]{0,200}\.log['"`]|\bfilename:\s*['"`][^'"`]{0,200}\.log['"`]/ },
  // A write stream to a .log file, its path computed (`path.join(__dirname, 'app.log')`) or literal.
  { kind: 'file-logging', langs: ['js'], hint: 'WriteStream', re: /\bcreateWriteStream\([^;\n]{0,200}\.log\b/ },
  { kind: 'file-logging', langs: ['py'], hint: 'ile', re: /\b(?:logging\.|handlers\.)?(?:Rotating|TimedRotating|Watched)?FileHandler\(|basicConfig\([^)]{0,200}\bfilename\s*=|['"]class['"]\s*:\s*['"]logging\.(?:handlers\.)?\w*FileHandler['"]|logger\.add\(\s*['"][^'"]{1,200}\.log['"]/ },
  { kind: 'file-logging', langs: ['go'], hint: 'log', re: /&?lumberjack\.Logger\{|os\.(?:Create|OpenFile)\([^)\n]{0,200}?\.log"/ },
  { kind: 'file-logging', langs: ['jvm', 'config'], hint: 'ile', re: /<(?:Rolling)?(?:RandomAccess)?File\b[^>]{0,200}fileName=|class="ch\.qos\.logback\.core\.(?:rolling\.)?(?:Rolling)?FileAppender"|org\.apache\.log4j\.(?:Rolling|DailyRolling)?FileAppender|new\s+FileHandler\(|^\s*logging\.file\.(?:name|path)\s*[=:]|appender\.\w+\.type\s*=\s*(?:Rolling)?File\b/ },
  { kind: 'file-logging', langs: ['ruby'], hint: 'Logger', re: /Logger\.new\(\s*(?:['"][^'"]{1,200}['"]|Rails\.root\.join\(|File\.(?:open|join)\()/ },
  { kind: 'file-logging', langs: ['php'], hint: 'Handler', re: /new\s+(?:\\?\w{1,40}\\){0,6}(?:Rotating)?(?:Stream|File)Handler\(\s*(?:__DIR__\s*\.\s*)?['"][^'"]{0,200}\.log['"]|error_log\([^)]{0,200},\s*3\s*,/ },
  { kind: 'file-logging', langs: ['php'], hint: 'driver', re: /['"]driver['"]\s*=>\s*['"](?:single|daily)['"]/ },
  { kind: 'file-logging', langs: ['cs'], hint: 'File', re: /\.WriteTo\.(?:Rolling)?File\(|\bAddFile\(|xsi:type="File"|\bFileTarget\b/ },
  { kind: 'file-logging', langs: ['elixir'], hint: 'File', re: /LoggerFileBackend|:logger_file_backend|backends:\s*\[[^\]]*\{LoggerFileBackend/ },
  // log4rs's YAML config: a file or rolling_file appender.
  { kind: 'file-logging', langs: ['config'], hint: 'file', re: /^\s*kind:\s*(?:rolling_file|file)\s*$/ },
  { kind: 'file-logging', langs: ['rust'], hint: 'ppender', re: /\bFileAppender::builder\(|\bRollingFileAppender\b|tracing_appender::rolling::|WriteLogger::new\(/ },
  { kind: 'log-file-path', langs: ['config', 'shell', 'py', 'js', 'ruby', 'php', 'go', 'jvm', 'rust', 'cs', 'elixir'], hint: 'log', re: /(?:log_?file|logfile|log_?path|log_?dir|access-logfile|error-logfile|log-file|errorlog|accesslog)\b['"]?\s*(?:[=:]\s*)?['"]?(?:\/var\/log\/|\.?\/?logs?\/)[^\s'"]{0,200}|--(?:access-|error-)?log-?file[= ]+(?!-)[^\s'"]{1,200}/i, unless: /\/dev\/std(?:out|err)|\s-\s*$|=-\b/ },

  // Local state.
  { kind: 'sqlite', langs: ['js'], hint: 'qlite', re: /\bnew\s+(?:sqlite3\.)?(?:Database|verbose\(\)\.Database)\(\s*['"`][^'"`:]{1,200}['"`]|\bopen\(\s*\{\s*filename:|require\(['"](?:sqlite3|better-sqlite3)['"]\)|from\s+['"](?:sqlite3|better-sqlite3|bun:sqlite|node:sqlite)['"]|dialect:\s*['"]sqlite['"]|\bstorage:\s*['"][^'"]{1,200}\.sqlite3?['"]|provider\s*=\s*"sqlite"/ },
  { kind: 'sqlite', langs: ['py'], hint: 'sqlite', re: /\bsqlite3\.connect\(\s*(?:['"][^:'"]|[a-zA-Z_])|sqlite:\/\/\/[^:]|django\.db\.backends\.sqlite3/ },
  { kind: 'sqlite', langs: ['go'], hint: 'sqlite', re: /sql\.Open\(\s*"sqlite3?"|sqlite\.Open\(|"(?:github\.com\/mattn\/go-sqlite3|gorm\.io\/driver\/sqlite|modernc\.org\/sqlite)"/ },
  { kind: 'sqlite', langs: ['jvm', 'config'], hint: 'jdbc:', re: /jdbc:sqlite:|jdbc:h2:file:|jdbc:hsqldb:file:/ },
  { kind: 'sqlite', langs: ['ruby', 'config'], hint: 'sqlite', re: /^\s*adapter:\s*sqlite3?\b|sqlite3?:\/\/|Sequel\.sqlite\(/ },
  { kind: 'sqlite', langs: ['php'], hint: 'sqlite', re: /new\s+PDO\(\s*['"]sqlite:|['"]driver['"]\s*=>\s*['"]sqlite['"]|new\s+SQLite3\(/ },
  { kind: 'sqlite', langs: ['cs'], hint: 'qlite', re: /\.UseSqlite\(|new\s+SqliteConnection\(|Data Source=[^;"]{1,200}\.db\b/ },
  { kind: 'sqlite', langs: ['elixir'], hint: 'qlite', re: /Ecto\.Adapters\.SQLite3|:ecto_sqlite3/ },
  { kind: 'sqlite', langs: ['rust'], hint: 'sqlite', re: /Connection::open\(|sqlite:\/\/|SqlitePool/ },
  { kind: 'upload-dir', langs: ['js'], hint: '', re: /\.files\.[\w$]+\.mv\(|\breq\.files?\b[^;\n]{0,80}\.mv\(|multer\(\s*\{\s*dest\s*:|multer\.diskStorage\(|\bdiskStorage\(\s*\{|\.mv\(\s*[`'"][^`'"]{0,200}uploads?\/|writeFile(?:Sync)?\(\s*[`'"](?:\.\/)?(?:public\/)?uploads?\/|\b(?:dest|destination|uploadDir)\s*:\s*(?:[`'"][^`'"]{0,200}|path\.(?:join|resolve)\([^)]{0,200})\buploads?\b/i },
  { kind: 'upload-dir', langs: ['py'], hint: '', re: /\bUPLOAD_FOLDER['"]?\s*[=\]]|\.save\(\s*(?:f?['"]\.?\/?(?:media\/)?uploads?\/)|\bMEDIA_ROOT\s*=|\.save\(\s*os\.path\.join\(|FileSystemStorage\(/ },
  { kind: 'upload-dir', langs: ['go'], hint: 'upload', re: /os\.(?:Create|MkdirAll|WriteFile)\(\s*(?:filepath\.Join\(\s*)?"\.?\/?uploads?\b|SaveUploadedFile\(/i },
  { kind: 'upload-dir', langs: ['jvm'], hint: '', re: /\.transferTo\(\s*(?:new\s+File|Paths?\.(?:get|of))\(|upload[-_.]?dir\s*[=:]/i },
  // Active Storage's `service: Disk` counts only when production selects it: rails.ts.
  { kind: 'upload-dir', langs: ['php'], hint: 'upload', re: /\bmove_uploaded_file\(/ },
  { kind: 'upload-dir', langs: ['cs'], hint: 'File', re: /\bIFormFile\b[^\n]{0,200}|\.CopyToAsync\(\s*(?:stream|fs|fileStream)\b|new\s+FileStream\([^)]{0,200}(?:upload|Upload)/ },
  { kind: 'upload-dir', langs: ['rust'], hint: 'upload', re: /File::create\(\s*(?:format!\(\s*)?"\.?\/?uploads?\//i },
  // An upload saved under the name the client sent, whatever folder the path is computed from.
  { kind: 'upload-dir', langs: ['go'], hint: 'Filename', re: /os\.(?:Create|OpenFile|WriteFile)\([^)\n]{0,200}?\.Filename\b/ },
  { kind: 'upload-dir', langs: ['js'], hint: 'originalname', re: /\b(?:writeFile(?:Sync)?|createWriteStream|rename(?:Sync)?|copyFile(?:Sync)?|join|resolve)\([^;\n]{0,200}?\.originalname\b/ },
  { kind: 'upload-dir', langs: ['py'], hint: 'filename', re: /\.save\([^\n]{0,200}?secure_filename\(|\bopen\([^\n]{0,200}?\.filename\b[^\n]{0,60}['"]wb['"]/ },
  { kind: 'upload-dir', langs: ['ruby'], hint: 'original_filename', re: /\b(?:File\.(?:open|write|binwrite)|FileUtils\.(?:cp|mv))\([^\n]{0,200}?original_filename\b/ },
  { kind: 'upload-dir', langs: ['jvm'], hint: 'getOriginalFilename', re: /\b(?:Files\.copy|Paths?\.(?:get|of)|new\s+File)\([^;\n]{0,200}?getOriginalFilename\(\)/ },
  { kind: 'upload-dir', langs: ['rust'], hint: 'file_name', re: /File::create\([^;\n]{0,200}?file_name\(\)/ },
  { kind: 'upload-dir', langs: ['elixir'], hint: 'File.', re: /\bFile\.(?:cp|rename)!?\(\s*\w{1,40}\.path\s*,/ },
  { kind: 'memory-session', langs: ['js'], hint: 'Store', re: /new\s+(?:session\.)?MemoryStore\(|require\(['"]memorystore['"]\)/ },
  { kind: 'memory-session', langs: ['py', 'config'], hint: 'SESSION', re: /SESSION_TYPE\W{1,6}filesystem|SESSION_ENGINE\s*=\s*['"]django\.contrib\.sessions\.backends\.file['"]/ },
  { kind: 'memory-session', langs: ['go'], hint: 'Store', re: /sessions\.NewFilesystemStore\(|memstore\.New\w*\(|memory\.NewStore\(/ },
  { kind: 'memory-session', langs: ['ruby'], hint: 'session_store', re: /session_store\s+:(?:memory_store|file_store)\b/ },
  { kind: 'memory-session', langs: ['php', 'config'], hint: 'session', re: /session\.save_handler\s*=\s*files|['"]driver['"]\s*=>\s*['"]file['"]|\bsession_start\(\)/ },
  { kind: 'memory-session', langs: ['cs'], hint: 'Memory', re: /\bAddDistributedMemoryCache\(/ },
  { kind: 'memory-session', langs: ['rust'], hint: 'MemoryStore', re: /\bMemoryStore::(?:new|default)\(/ },

  // Shutdown handling.
  { kind: 'signal-handler', langs: ['js'], hint: 'SIG', re: /process\.(?:on|once|addListener)\(\s*['"]SIG(?:TERM|INT)['"]|\bcreateTerminus\(|\bcreateHttpTerminator\(|\benableShutdownHooks\(/ },
  { kind: 'signal-handler', langs: ['py'], hint: 'SIG', re: /signal\.signal\(\s*signal\.SIG(?:TERM|INT)|add_signal_handler\(\s*signal\.SIG(?:TERM|INT)/ },
  { kind: 'signal-handler', langs: ['go'], hint: 'signal', re: /signal\.Notify(?:Context)?\(/ },
  { kind: 'signal-handler', langs: ['jvm', 'config'], hint: '', re: /addShutdownHook\(|@PreDestroy\b|^\s*server\.shutdown\s*[=:]\s*graceful|\bSpringApplication\.run\(|\bQuarkus\.run\(|@Observes\s+ShutdownEvent|\bMicronaut\.run\(|\bextends\s+AbstractVerticle\b|\bVertx\.vertx\(|\bembeddedServer\(/ },
  { kind: 'signal-handler', langs: ['ruby'], hint: 'trap', re: /(?:Signal\.)?trap\(\s*['"](?:SIG)?(?:TERM|INT)['"]|\bat_exit\b/ },
  { kind: 'signal-handler', langs: ['php'], hint: 'SIG', re: /pcntl_signal\(\s*SIG(?:TERM|INT)|Loop::addSignal\(\s*SIG(?:TERM|INT)/ },
  // Swoole's and RoadRunner's master processes stop their workers gracefully on SIGTERM.
  { kind: 'signal-handler', langs: ['php'], hint: '', re: /\b(?:Open)?Swoole\\(?:Http\\|WebSocket\\)?Server\b|\bSpiral\\RoadRunner\\/ },
  { kind: 'signal-handler', langs: ['cs'], hint: '', re: /\bApplicationStopping\b|\bIHostApplicationLifetime\b|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(|\bPosixSignalRegistration\.Create\(/ },
  { kind: 'signal-handler', langs: ['elixir'], hint: '', re: /\buse\s+Application\b|\bSupervisor\.start_link\(/ },
  { kind: 'signal-handler', langs: ['rust'], hint: 'signal', re: /tokio::signal::|signal_hook::|ctrlc::set_handler|with_graceful_shutdown\(/ },
  // actix-web's server and Rocket stop gracefully on SIGTERM by default.
  { kind: 'signal-handler', langs: ['rust'], hint: '', re: /\bHttpServer::new\(|\brocket::build\(|#\[(?:rocket::)?launch\]/ },

  // Env validated at boot.
  { kind: 'env-validation', langs: ['js'], hint: '', re: /from\s+['"](?:envalid|env-var|@t3-oss\/env-\w+|znv|dotenv-safe|convict)['"]|require\(['"](?:envalid|env-var|dotenv-safe|convict)['"]\)|\bcleanEnv\(|\.parse\(\s*process\.env\s*\)|\.validate\(\s*process\.env\b|validationSchema\s*:/ },
  { kind: 'env-validation', langs: ['py'], hint: '', re: /\bBaseSettings\b|from\s+environs\s+import|\benviron\.Env\(|from\s+decouple\s+import|from\s+dynaconf\s+import/ },
  { kind: 'env-validation', langs: ['go'], hint: '', re: /envconfig\.Process\(|env\.Parse\(|`env:"[A-Z_]+,required|viper\.AutomaticEnv\(/ },
  { kind: 'env-validation', langs: ['jvm'], hint: '', re: /@ConfigurationProperties\b|@Validated\b/ },
  { kind: 'env-validation', langs: ['ruby'], hint: '', re: /Dotenv\.require_keys\(|ENV\.fetch\(\s*['"][A-Z_]+['"]\s*\)|\bEnvied\b|Anyway::Config/ },
  { kind: 'env-validation', langs: ['php'], hint: 'required', re: /->required\(\s*\[?['"][A-Z_]/ },
  { kind: 'env-validation', langs: ['rust'], hint: '', re: /envy::from_env|#\[(?:arg|clap)\([^)]{0,80}\benv\b|config::Environment::/ },

  // Literal credentials (low-entropy ones; high-entropy values are the secret scanner's).
  // The name says it holds a secret (judged by isCredentialName: `api_key`, `hmac_secret`, `signing_key`, `DB_PASS`, not
  // `token_expires_in` or `cache_key`); the value is judged by credentialValue (a placeholder or a flag is no credential).
  { kind: 'hardcoded-credential', langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config'], hint: '', re: new RegExp(`\\b\\w{0,30}${SECRET_NAME_WORD}[\\w.-]{0,30}["']?[ \\t]*(?:[:=]|=>)[ \\t]*["'][^\\s"'<>]{4,200}["']`, 'i'), unless: ENV_ON_LINE, redact: true },
  // Builders and setters (`.password("…")`, `setPassword("…")`), PHP's `'pass' =>`, the password argument of
  // `new PDO(dsn, user, password)` and DriverManager.getConnection, and `Password=…;` in a connection string.
  {
    kind: 'hardcoded-credential',
    langs: ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir'],
    hint: '',
    re: /(?:\.|->)(?:set|with)?[Pp]assword\(\s*["'][^\s"'$%{}<>]{4,64}["']\s*\)|['"](?:pass|pwd)['"]\s*=>\s*['"][^\s"'$%{}<>]{4,64}['"]|\bnew\s+\\?PDO\([^,\n]{1,200},\s*['"][^'"\n]{1,64}['"]\s*,\s*['"][^\s'"$]{4,64}['"]|\bDriverManager\.getConnection\([^,\n]{1,200},\s*"[^"\n]{1,64}"\s*,\s*"[^\s"$]{4,64}"|\b(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)\s*=\s*(?![$%{<])[^;'"\s&,()]{4,64}(?=[;'"&\s])/,
    unless: ENV_ON_LINE,
    redact: true,
  },
  // YAML and .properties leave the value unquoted: `password: s3cret`, `spring.datasource.password=s3cret`.
  { kind: 'hardcoded-credential', langs: ['config'], hint: '', re: new RegExp(`^[ \\t]*[\\w.-]{0,60}${SECRET_NAME_WORD}[\\w.-]{0,30}[ \\t]*[:=][ \\t]*[^\\s"'<>#]{4,200}[ \\t]*$`, 'i'), unless: ENV_ON_LINE, redact: true },

  // Code that applies migrations (whether it runs at every start is decided with the file's other signals: see migrations-at-start.ts).
  { kind: 'migrate-in-code', langs: ['js'], hint: '', re: /\.migrate\.latest\(|\bsequelize\.sync\(|\bmigrationsRun:\s*true\b|\bsynchronize:\s*true\b|\bumzug\.up\(|\bmigrate\(\s*\w{1,40}\s*,\s*\{\s*migrationsFolder\b/ },
  { kind: 'migrate-in-code', langs: ['py'], hint: '', re: /\bcommand\.upgrade\(|\bcall_command\(\s*['"]migrate['"]|\.metadata\.create_all\(|\bflask_migrate\.upgrade\(/ },
  { kind: 'migrate-in-code', langs: ['go'], hint: '', re: /\bgoose\.Up(?:Context)?\(|\bm\.Up\(\)|\.AutoMigrate\(|\bmigrator\.Migrate\(/ },
  { kind: 'migrate-in-code', langs: ['jvm'], hint: '', re: /\bflyway\.migrate\(\)|\bFlyway\.configure\(\)[^;\n]{0,200}\.migrate\(\)|\bliquibase\.update\(/ },
  { kind: 'migrate-in-code', langs: ['config'], hint: 'migrate-at-start', re: /\b(?:quarkus\.)?(?:flyway|liquibase)\.migrate-at-start\s*[=:]\s*true\b|^\s*migrate-at-start:\s*true\b/ },
  { kind: 'migrate-in-code', langs: ['ruby'], hint: 'igrat', re: /\bSequel::Migrator\.run\(|\bActiveRecord::(?:MigrationContext|Migrator|Tasks::DatabaseTasks)\b[^\n]{0,80}\bmigrate\b/ },
  { kind: 'migrate-in-code', langs: ['php'], hint: 'igrat', re: /\bArtisan::call\(\s*['"]migrate\b|\$\w{1,40}->migrate\(\s*['"]/ },
  { kind: 'migrate-in-code', langs: ['rust'], hint: 'igrat', re: /\bsqlx::migrate!\([^)\n]{0,200}\)\s*\.run\(|\.run_pending_migrations\(|\bmigrations::runner\(\)/ },
  { kind: 'migrate-in-code', langs: ['cs'], hint: 'Database', re: /\.Database\.(?:Migrate|MigrateAsync|EnsureCreated|EnsureCreatedAsync)\(/ },
  { kind: 'migrate-in-code', langs: ['elixir'], hint: 'Migrator', re: /\{\s*Ecto\.Migrator\s*,(?![^\n]{0,200}\bskip:\s*true)/ },

  // Daemonising and process supervisors (also scanned in Dockerfile commands, Procfile and scripts by the checks).
  { kind: 'daemonize', langs: ['shell', 'config', 'py', 'ruby'], hint: '', re: /\bnohup\s|--daemon(?:ize)?\b|^\s*daemon(?:ize)?\s*(?:[=:]\s*)?(?:true|yes|on|True)\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|\bpid_?file\s*[=:]|--pid(?:file)?[= ]/i },
  // Bounded gap: `.*` here rescanned the rest of the line at every `pm2` (quadratic on a line of them).
  { kind: 'supervisor', langs: ['shell', 'config'], hint: '', re: /\bsupervisord\b|\bs6-svscan\b|\brunsvdir\b|\bcircusd\b|\bpm2(?:-runtime)?\b[^\n]{0,200}?\s-i\s+(?:max|\d+)/ },
];

export const SIGNAL_PATTERNS: ReadonlyArray<Readonly<Pattern>> = P;
/**
 * Whole-text variants (global, multiline) of each pattern. A line that
 * matches on its own also matches inside the text, no later than where it
 * starts, so searching the text from each line start after the last match
 * finds every line worth testing: one regex pass over the file rules out
 * most patterns, and only candidate lines are split off and tested alone.
 */
const FIND = new Map(P.map((p) => [p, new RegExp(p.re.source, [...new Set(`${p.re.flags}gm`)].join(''))]));
/**
 * Literals every match of a pattern contains (one of them), derived from its
 * source: a text holding none is ruled out with a few `includes` calls,
 * before the whole-text regex runs. Lower-cased for case-insensitive patterns.
 * Only for patterns without a hint: a hint already rules out most files in
 * one call, and a dozen more calls per pattern would cost what they save.
 */
const NEEDS = new Map(P.map((p) => [p, p.hint === '' ? requiredLiterals(p.re) : undefined]));
const BY_LANG = new Map<Language, Pattern[]>();
for (const p of P) for (const l of p.langs) BY_LANG.set(l, [...(BY_LANG.get(l) ?? []), p]);

const MAX_LINE = 2000;
const COMMENT: Record<Language, RegExp> = {
  js: /^\s*(?:\/\/|\/?\*)/,
  go: /^\s*(?:\/\/|\/?\*)/,
  jvm: /^\s*(?:\/\/|\/?\*|<!--)/,
  php: /^\s*(?:\/\/|#|\/?\*)/,
  rust: /^\s*(?:\/\/|\/?\*)/,
  cs: /^\s*(?:\/\/|\/?\*)/,
  elixir: /^\s*#/,
  py: /^\s*#/,
  ruby: /^\s*#/,
  shell: /^\s*#/,
  config: /^\s*(?:#|;|<!--|\/\/)/,
};

function redactLine(s: string): string {
  return s
    // Positional passwords (`new PDO(dsn, user, password)`), setters (`.password("…")`) and connection strings (`Password=…;`).
    .replace(/(\bnew\s+\\?PDO\([^,\n]{1,200},\s*['"][^'"\n]{1,64}['"]\s*,\s*['"]|\bDriverManager\.getConnection\([^,\n]{1,200},\s*"[^"\n]{1,64}"\s*,\s*"|(?:\.|->)(?:set|with)?[Pp]assword\(\s*["'])[^"'\n]{1,64}/g, '$1[REDACTED]')
    .replace(/(\b(?:password|pwd)\s*=\s*)(?!\[REDACTED\])[^;'"\s&,()]{1,64}/gi, '$1[REDACTED]')
    // Up to the last @ before the host: an unencoded @ inside the password must not leave its tail visible.
    .replace(/(:\/\/[^\s:/@'"`]{0,64}:)[^\s/'"`]{1,128}@/g, '$1[REDACTED]@')
    .replace(QUOTED_SECRET_VALUE, '$1[REDACTED]$2')
    .replace(UNQUOTED_SECRET_VALUE, '$1[REDACTED]');
}
const QUOTED_SECRET_VALUE = new RegExp(`(${SECRET_NAME_WORD}[\\w.-]{0,30}["']?[ \\t]*(?:[:=]|=>)[ \\t]*["'])[^"'\\n]{1,200}(["'])`, 'gi');
const UNQUOTED_SECRET_VALUE = new RegExp(`^([ \\t]*[\\w.-]{0,60}${SECRET_NAME_WORD}[\\w.-]{0,30}[ \\t]*[:=][ \\t]*)(?!\\[REDACTED\\])[^\\s"'<>#]{1,200}`, 'i');

/**
 * The literal of a credential (`match` is what the pattern matched on the line) is no credential:
 * its name is a flag, a duration or a pointer (`token_expires_in`), or credentialValue calls the
 * value a placeholder (`changeme`, `<password>`, `${DB_PASS}`, the user's own name).
 */
function isPlaceholderCredential(line: string, match: string): boolean {
  // A positional or setter password is the last quoted literal of the match; an assignment's, the value after its key.
  const quoted = /["']$/.test(match) || /["']\s*\)$/.test(match) ? /["']([^"']{1,200})["']\s*\)?$/.exec(match) : undefined;
  const m = quoted ?? /(?:[:=]|=>)\s*["']([^"']{1,200})["']/.exec(match) ?? /(?:[:=]|=>)\s*([^\s"';&]{1,200})[;&]?\s*$/.exec(match);
  if (!m) return true;
  const key = /([\w.-]+)["']?\s*(?:[:=]|=>)/.exec(match)?.[1];
  if (key !== undefined && !isCredentialName(key)) return true;
  const names = new Set([...line.matchAll(/\b(?:user(?:name)?|User(?:name)?|USER(?:NAME)?|User Id|uid|Uid|UID)\s*(?:[:=]|=>)\s*["']?([\w.-]{1,64})/g)].map((u) => u[1]!.toLowerCase()));
  const positionalUser = /,\s*["']([^"']{1,64})["']\s*,\s*["'][^"']{1,64}["']\s*\)?$/.exec(match)?.[1]?.toLowerCase();
  if (positionalUser) names.add(positionalUser);
  return credentialValue(m[1]!, { ...(key !== undefined ? { key } : {}), names }) !== 'credential';
}

export interface SignalIndex {
  all: Signal[];
  of(kind: SignalKind): Signal[];
  /** Runtime source files of the audited app, by language. */
  sourceFiles: Map<Language, string[]>;
  /** How many runtime source files were scanned. */
  scannedFiles: number;
  /** express-session set up without a `store:` (so in a MemoryStore), in JS file order. */
  sessionsWithoutStore: Signal[];
}

export const MAX_SIGNALS_PER_KIND = 500;
/** Config files larger than this are data, not configuration: no signals are read from them. */
export const MAX_CONFIG_SIGNAL_BYTES = 256 * 1024;

/** The language whose signals a file (relative to the audited path) carries; undefined when it is not runtime source or config. */
export function signalLanguage(rel: string): Language | undefined {
  const lang = languageOf(rel);
  return !lang || isNonRuntimePath(rel) ? undefined : lang;
}

/**
 * Signals of one file's text, in line order and pattern order, at most
 * MAX_SIGNALS_PER_KIND of each kind (the index keeps no more than that of a
 * kind over all files, so nothing it would keep is dropped here).
 */
export function signalsInText(text: string, file: string, lang: Language): Signal[] {
  const out: Signal[] = [];
  let lower: string | undefined;
  const mayMatch = (p: Pattern) => {
    const needs = NEEDS.get(p);
    if (!needs) return true;
    if (p.re.ignoreCase && lower === undefined) lower = text.toLowerCase();
    const hay = p.re.ignoreCase ? lower! : text;
    return needs.some((n) => hay.includes(n));
  };
  const patterns: Pattern[] = [];
  const candidates: number[] = [];
  let starts: number[] | undefined;
  for (const p of BY_LANG.get(lang) ?? []) {
    if ((p.hint !== '' && !text.includes(p.hint)) || !mayMatch(p)) continue;
    const re = FIND.get(p)!;
    re.lastIndex = 0;
    let m = re.exec(text);
    if (!m) continue;
    patterns.push(p);
    starts ??= lineStarts(text);
    for (; m; m = re.exec(text)) {
      const ln = lineAt(starts, m.index);
      candidates.push(ln);
      if (ln + 1 >= starts.length) break;
      re.lastIndex = starts[ln + 1]!;
    }
  }
  if (patterns.length === 0 || !starts) return out;
  const perKind = new Map<SignalKind, number>();
  const comment = COMMENT[lang];
  // Each candidate line once, in line order; within a line, patterns in table order (as a line-by-line scan would).
  candidates.sort((a, b) => a - b);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (k > 0 && candidates[k - 1] === i) continue;
    const line = text.slice(starts[i]!, (starts[i + 1] ?? text.length + 1) - 1);
    matchLine(line, i + 1, { file, lang, patterns, comment, perKind, out });
  }
  return out;
}

/**
 * The definition signalsInText implements faster: the patterns of the
 * language whose hint the text holds, tried on every line on its own, in
 * table order. Kept for the tests that hold the two to the same answers.
 */
export function signalsInTextByLine(text: string, file: string, lang: Language): Signal[] {
  const out: Signal[] = [];
  const patterns = (BY_LANG.get(lang) ?? []).filter((p) => p.hint === '' || text.includes(p.hint));
  const perKind = new Map<SignalKind, number>();
  const comment = COMMENT[lang];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    matchLine(lines[i]!, i + 1, { file, lang, patterns, comment, perKind, out });
  }
  return out;
}

/** One line against the patterns, in table order: the step both scans share. */
function matchLine(
  line: string,
  lineNo: number,
  at: { file: string; lang: Language; patterns: readonly Readonly<Pattern>[]; comment: RegExp; perKind: Map<SignalKind, number>; out: Signal[] },
): void {
  if (line.length > MAX_LINE || line.trim() === '' || at.comment.test(line)) return;
  for (const p of at.patterns) {
    const m = p.re.exec(line);
    if (!m || p.unless?.test(line) || (p.only && !p.only.test(line))) continue;
    if (p.kind === 'hardcoded-credential' && isPlaceholderCredential(line, m[0])) continue;
    const n = at.perKind.get(p.kind) ?? 0;
    if (n >= MAX_SIGNALS_PER_KIND) continue;
    at.perKind.set(p.kind, n + 1);
    const trimmed = line.trim();
    at.out.push({ kind: p.kind, file: at.file, line: lineNo, lang: at.lang, snippet: (p.redact ? redactLine(trimmed) : trimmed).slice(0, 160) });
  }
}

/**
 * Signals that need more than one line or more than a match: module-level
 * stores that functions write (memory-state.ts), settings-class fields read
 * from the environment by name (settings-fields.ts), and credentials written
 * as the default of an environment read (env-defaults.ts).
 */
export function structuredSignals(text: string, file: string, lang: Language): Signal[] {
  const stores = memoryStores(text, file, lang);
  const fields = settingsFields(text, file, lang);
  const defaults = credentialEnvDefaults(text, file, lang);
  return defaults.length === 0 && stores.length === 0 ? fields : [...stores, ...fields, ...defaults];
}

/** express-session configured without a store keeps sessions in a MemoryStore: the line of its `session({`. */
export function sessionWithoutStore(text: string, file: string): Signal | undefined {
  if (!/\bexpress-session\b/.test(text) || /\bstore\s*:/.test(text)) return undefined;
  const line = text.split('\n').findIndex((l) => /\bsession\(\s*\{/.test(l));
  return line < 0 ? undefined : { kind: 'memory-session', file, line: line + 1, lang: 'js', snippet: 'express-session without a store (MemoryStore)' };
}

/** Gathers per-file signals, in file order, into an index capped at MAX_SIGNALS_PER_KIND per kind. */
export class SignalCollector {
  private readonly all: Signal[] = [];
  private readonly perKind = new Map<SignalKind, number>();
  readonly sourceFiles = new Map<Language, string[]>();
  readonly sessionsWithoutStore: Signal[] = [];
  scannedFiles = 0;

  /** Registers a runtime source file (config and shell files are not source). */
  source(file: string, lang: Language): void {
    if (lang === 'config' || lang === 'shell') return;
    const list = this.sourceFiles.get(lang);
    if (list) list.push(file);
    else this.sourceFiles.set(lang, [file]);
  }

  add(signals: Signal[]): void {
    for (const s of signals) {
      const n = this.perKind.get(s.kind) ?? 0;
      if (n >= MAX_SIGNALS_PER_KIND) continue;
      this.perKind.set(s.kind, n + 1);
      this.all.push(s);
    }
  }

  index(): SignalIndex {
    const all = this.all;
    return {
      all,
      of: (kind) => all.filter((s) => s.kind === kind),
      sourceFiles: this.sourceFiles,
      scannedFiles: this.scannedFiles,
      sessionsWithoutStore: this.sessionsWithoutStore,
    };
  }
}

/** Scans the audited app's runtime source (tests, docs, examples, vendored code excluded). */
export function scanSignals(snapshot: Snapshot): SignalIndex {
  const c = new SignalCollector();
  for (const f of snapshot.appFiles) {
    const lang = signalLanguage(relativeTo(f.path, snapshot.appPath));
    if (!lang) continue;
    c.source(f.path, lang);
    if (lang === 'js') {
      const text = snapshot.read(f.path);
      const s = text ? sessionWithoutStore(text, f.path) : undefined;
      if (s) c.sessionsWithoutStore.push(s);
    }
    if (lang === 'config' && f.size > MAX_CONFIG_SIGNAL_BYTES) continue;
    const text = snapshot.read(f.path);
    if (text === undefined) continue;
    c.scannedFiles++;
    c.add(signalsInText(text, f.path, lang));
    c.add(structuredSignals(text, f.path, lang));
  }
  return c.index();
}
